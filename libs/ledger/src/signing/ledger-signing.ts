import { createPrivateKey, createPublicKey, hash, sign, verify, type KeyObject } from 'node:crypto';

/** The stream that records every change of the ledger's signing key, each signed by the key it retires. */
export const LEDGER_KEYS_STREAM = 'ledger-keys';
export const KEY_ROTATED = 'LedgerSigningKeyRotated';

/** A public key as the ledger publishes it: base64 of its DER (SPKI) form, and the SHA-256 of that DER. */
export interface PublishedKey {
  readonly publicKey: string;
  readonly fingerprint: string;
}

/** The data of a `LedgerSigningKeyRotated` event: both keys sign the statement, so either one vouches for the other. */
export interface KeyRotation {
  readonly previousPublicKey: string;
  readonly previousFingerprint: string;
  readonly publicKey: string;
  readonly fingerprint: string;
  readonly rotatedAt: string;
  readonly previousKeySignature: string;
  readonly newKeySignature: string;
}

/** What a global seal commits to: a range of the global chain, the chain's hash at its end, and when. */
export interface SealStatement {
  readonly firstOrdinal: bigint;
  readonly lastOrdinal: bigint;
  readonly chainHash: Buffer;
  readonly sealedAt: Date;
}

export function publishKey(publicKey: KeyObject): PublishedKey {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { publicKey: der.toString('base64'), fingerprint: hash('sha256', der, 'hex') };
}

/** Reads a public key given as PEM, as base64 of its DER form, or as a file's content holding either. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('-----')
    ? createPublicKey(trimmed)
    : createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the ledger key is Ed25519, this one is ${key.asymmetricKeyType}`);
  return key;
}

/**
 * One signature covers one append: the stream, its first new version and the link hash of every
 * event written, in order (one buffer each or several in one). An event the server never wrote has
 * no such signature, wherever it was inserted.
 */
export function appendStatement(streamId: string, firstVersion: number, hashes: readonly Buffer[]): Buffer {
  return Buffer.concat([Buffer.from(`accord-append-v1\n${streamId}\n${firstVersion}\n`), ...hashes]);
}

export function sealStatement(seal: SealStatement): Buffer {
  return Buffer.from(
    `accord-seal-v1\n${seal.firstOrdinal}\n${seal.lastOrdinal}\n${seal.chainHash.toString('hex')}\n${seal.sealedAt.toISOString()}`,
  );
}

export function rotationStatement(previousFingerprint: string, publicKey: string, rotatedAt: string): Buffer {
  return Buffer.from(`accord-key-rotation-v1\n${previousFingerprint}\n${publicKey}\n${rotatedAt}`);
}

export function verifySignature(statement: Buffer, signature: Buffer | null, publicKey: KeyObject): boolean {
  return signature !== null && signature.length === 64 && verify(null, statement, publicKey, signature);
}

/** The same check on libuv's thread pool: a verification of many appends keeps the event loop for the rest. */
export function verifySignatureAsync(statement: Buffer, signature: Buffer | null, publicKey: KeyObject): Promise<boolean> {
  if (signature === null || signature.length !== 64) return Promise.resolve(false);
  return new Promise((resolve, reject) => verify(null, statement, publicKey, signature, (error, valid) => (error ? reject(error) : resolve(valid))));
}

/** Both signatures of a rotation hold: the retiring key hands over, the new key accepts. */
export function rotationHolds(rotation: KeyRotation): boolean {
  try {
    const statement = rotationStatement(rotation.previousFingerprint, rotation.publicKey, rotation.rotatedAt);
    const previous = parsePublicKey(rotation.previousPublicKey);
    const next = parsePublicKey(rotation.publicKey);
    return (
      publishKey(previous).fingerprint === rotation.previousFingerprint &&
      publishKey(next).fingerprint === rotation.fingerprint &&
      verifySignature(statement, Buffer.from(rotation.previousKeySignature, 'base64'), previous) &&
      verifySignature(statement, Buffer.from(rotation.newKeySignature, 'base64'), next)
    );
  } catch {
    return false;
  }
}

/** The Association's Ed25519 signing key. It lives in a file the database never sees. */
export class LedgerSigner {
  private privateKey: KeyObject;
  private published: PublishedKey;
  private publicKeyObject: KeyObject;

  constructor(privateKeyPem: string) {
    this.privateKey = LedgerSigner.load(privateKeyPem);
    this.publicKeyObject = createPublicKey(this.privateKey);
    this.published = publishKey(this.publicKeyObject);
  }

  get publicKey(): KeyObject {
    return this.publicKeyObject;
  }

  get key(): PublishedKey {
    return this.published;
  }

  /** Signs on libuv's thread pool, so that appends keep the event loop free while the curve works. */
  signAsync(statement: Buffer): Promise<Buffer> {
    return new Promise((resolve, reject) =>
      sign(null, statement, this.privateKey, (error, signature) => (error ? reject(error) : resolve(signature))),
    );
  }

  sign(statement: Buffer): Buffer {
    return sign(null, statement, this.privateKey);
  }

  /** The rotation statement signed by this key and the next one; the caller records it, then `adopt`s the next key. */
  rotationTo(nextPrivateKeyPem: string, rotatedAt: Date): KeyRotation {
    const next = LedgerSigner.load(nextPrivateKeyPem);
    const published = publishKey(createPublicKey(next));
    const statement = rotationStatement(this.published.fingerprint, published.publicKey, rotatedAt.toISOString());
    return {
      previousPublicKey: this.published.publicKey,
      previousFingerprint: this.published.fingerprint,
      publicKey: published.publicKey,
      fingerprint: published.fingerprint,
      rotatedAt: rotatedAt.toISOString(),
      previousKeySignature: this.sign(statement).toString('base64'),
      newKeySignature: sign(null, statement, next).toString('base64'),
    };
  }

  adopt(nextPrivateKeyPem: string): void {
    this.privateKey = LedgerSigner.load(nextPrivateKeyPem);
    this.publicKeyObject = createPublicKey(this.privateKey);
    this.published = publishKey(this.publicKeyObject);
  }

  private static load(pem: string): KeyObject {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the ledger signing key must be Ed25519, not ${key.asymmetricKeyType}`);
    return key;
  }
}
