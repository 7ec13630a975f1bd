// The types of the Accord API, generated from its OpenAPI document (/api/docs-json).
// Do not edit: run `npm run generate:api` after changing a controller or a DTO.

export interface paths {
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts, filtered by role, status or a part of the name or e-mail */
        get: operations["AccountsController_list"];
        put?: never;
        /** Create an account (administrators) */
        post: operations["AccountsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account: administrators and auditors see any, everyone else only their own */
        get: operations["AccountsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API tokens of an account, without their secrets */
        get: operations["AccountsController_listApiTokens"];
        put?: never;
        /** Issue an API token for a machine client; the token is shown in this answer only */
        post: operations["AccountsController_issueApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/api-tokens/{tokenId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API token: it stops working at once */
        post: operations["AccountsController_revokeApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an account: its sessions and API tokens end at once */
        post: operations["AccountsController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bind a representative to the member organization it acts for (null unbinds): only an admitted (or suspended) member of the register, recorded with the state of its record; 422 ORGANIZATION_NOT_A_MEMBER otherwise; its sessions end at once */
        post: operations["AccountsController_changeOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one’s own password (with the current one, throttled like sign-in), or reset another’s (administrators); every session of the account ends */
        post: operations["AccountsController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/reactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate an account (API tokens revoked at deactivation stay revoked) */
        post: operations["AccountsController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the roles of an account: its sessions end at once (it signs in again) */
        post: operations["AccountsController_changeRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/addressees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register of addressees, by Russian name */
        get: operations["AddresseeQueriesController_list"];
        put?: never;
        /** Register a body the Association writes to; without a policy, the default for its country and kind applies */
        post: operations["AddresseesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/addressees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One addressee with the jurisdiction policy its answers are due under */
        get: operations["AddresseeQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/addressees/{id}/retirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a body from the register: no new appeal goes to it; the appeals it holds keep their history */
        post: operations["AddresseesController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/addressees/{id}/revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct the name, country, kind or policy; only what is given changes, and no change records nothing */
        post: operations["AddresseesController_revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/addressees/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jurisdiction policy table: each row’s periods with the article they rest on and how sure each figure is */
        get: operations["AddresseeQueriesController_policies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Appeals in the order they were drafted, with their stage, deadlines and status on a day; filters by stage, status, addressee, country, due date, year and subject
         * @description Example: `GET /api/v1/appeals?status=overdue&country=RU&asOf=2026-05-25` — the appeals held by Russian bodies that were overdue on 25 May 2026. `addresseeId` finds appeals addressed to a body or forwarded to it; `country` is that of the body now holding the appeal.
         */
        get: operations["AppealQueriesController_list"];
        put?: never;
        /** Draft an appeal to a body from the register of addressees */
        post: operations["AppealsController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One appeal: its particulars, deadlines and status on a day, the signatory, reminders and every event of its timeline with who recorded it and why
         * @description Example: `GET /api/v1/appeals/3f1b6c2e-8d4a-4e5f-9a7b-1c2d3e4f5a6b?asOf=2026-05-25`.
         */
        get: operations["AppealQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the addressee’s answer (date, reference, outcome, summary) */
        post: operations["AppealsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a draft for signature */
        post: operations["AppealsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the appeal; without an answer, give the reason */
        post: operations["AppealsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the dispatch of a signed appeal; the platform gives the year’s next outgoing number unless one is given */
        post: operations["AppealsController_dispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/expected-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the date an answer is expected by, where no statute sets the period */
        post: operations["AppealsController_expectAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the addressee’s extension of the answer period (new due date, notice date) */
        post: operations["AppealsController_extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a follow-up appeal linked to this one (a new draft) */
        post: operations["AppealsController_followUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/forwarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the forwarding of the appeal to another body; a new period starts there */
        post: operations["AppealsController_forward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the addressee’s registration of the appeal (date and incoming number) */
        post: operations["AppealsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revise a draft (addressee, subject, text, attachments, authorizing resolution) */
        post: operations["AppealsController_revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record who signed the approved appeal */
        post: operations["AppealsController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The journal of outgoing correspondence: the appeals dispatched in a year, in outgoing-number order
         * @description Example: `GET /api/v1/appeals/journal?year=2026&limit=100`. The registration and due date are those of the body holding the appeal now.
         */
        get: operations["AppealQueriesController_journalPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/journal.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The journal of a year as a CSV file (RFC 4180, UTF-8 with a byte order mark, Russian headers with English in parentheses)
         * @description Example: `GET /api/v1/appeals/journal.csv?year=2026` downloads `journal-2026.csv`.
         */
        get: operations["AppealQueriesController_journalFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: a short-lived access token and a refresh token (rotated on use) */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the sign-in the refresh token belongs to: its access tokens stop working at once */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the credentials belong to */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new pair; reusing a spent one ends the whole sign-in
         * @description A browser sends no token in the body but the header `X-Accord-Session: cookie` and its cookie, from Accord’s own origin.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/council": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The council in office: its member organizations, the decision that elected it (the founding or a resolution), the date and the term
         * @description Read from the ledger (stream `council-association`). A council vote’s electorate is the roster’s organizations that may vote when it opens.
         */
        get: operations["CouncilController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The secretariat's dashboard of appeals on a day: counts by status and stage, what is overdue and due soon, and how each body and country answers
         * @description Example: `GET /api/v1/dashboards/appeals?asOf=2026-05-25&top=10`. `asOf` places every deadline against that day; the records are as they stand now. The median days to answer counts from dispatch to answer (the mean of the two middle values for an even count); the late rate is answered late ÷ answered, null when nothing was answered.
         */
        get: operations["AppealsDashboardController_appeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/appeals/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The secretariat's dashboard of appeals as server-sent events: sent at once, then again whenever an appeal or an addressee changes it
         * @description The same figures as `GET /api/v1/dashboards/appeals` with the same `asOf` and `top`; every watcher of one day shares one reading per change.
         */
        get: operations["AppealsDashboardController_appealsStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The founding as a checklist: each step with its date or what blocks it, founders, drafts, assembly, registration */
        get: operations["FoundingController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founding/assembly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convene the founding assembly (again, to change its date or place, until it is held) */
        post: operations["FoundingController_convene"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founding/assembly/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the founding assembly held: the founders present, their unanimous vote, the charter adopted, the bodies elected */
        post: operations["FoundingController_recordAssembly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founding/charter-drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the next charter draft; it is numbered and identified by the SHA-256 of its text */
        post: operations["FoundingController_recordCharterDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founding/charter-drafts/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The full text of one charter draft, with its SHA-256 */
        get: operations["FoundingController_charterDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founding/initiative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Launch the founding initiative: the initiator and its organizing committee */
        post: operations["FoundingController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founding/letters-of-intent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a letter of intent to become a founder; the national identifier is checked as the register checks it */
        post: operations["FoundingController_receiveLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founding/letters-of-intent/{letterId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the withdrawal of a letter of intent (until the assembly is held) */
        post: operations["FoundingController_withdrawLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founding/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the state registration: the Association is established that day and its founders become full members */
        post: operations["FoundingController_recordRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founding/registration-filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the documents were filed for state registration (again after a refusal) */
        post: operations["FoundingController_fileRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/founding/registration-refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a refusal of state registration; the documents may be filed again */
        post: operations["FoundingController_recordRefusal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The global log in order, filtered, with actor, correlation, causation and hash of each event */
        get: operations["LedgerController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/events/{eventId}/causes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chain of events that caused this one, back to the request or command that started it, with the events each cites */
        get: operations["LedgerAuditController_causes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/events/{eventId}/effects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything this event caused, directly or through further events, as a tree */
        get: operations["LedgerAuditController_effects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger as NDJSON (as `accord export`): events in global order, signed seals, a manifest with its SHA-256 */
        get: operations["LedgerAuditController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/key-rotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing key: the rotation is recorded, signed by the old key and the new one */
        post: operations["LedgerAuditController_rotateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger's Ed25519 public key (PEM and base64 DER) and its SHA-256 fingerprint */
        get: operations["LedgerAuditController_publicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/streams/{streamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The history of one record (stream), oldest first */
        get: operations["LedgerController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The background verification's last result: status, last verified position, the report and its first break */
        get: operations["LedgerController_verification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register, by Russian name; representatives see only their own organization */
        get: operations["MemberQueriesController_list"];
        put?: never;
        /** Record an application for membership; one record per national identifier (409 for a second) */
        post: operations["MembersController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The card of an organization: its details, representatives, statuses and every event of its record */
        get: operations["MemberQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/admission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admit an applicant as a full member or an observer, by a decision */
        post: operations["MembersController_admit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct the name, legal form or contacts (never the country or the identifier); no change records nothing */
        post: operations["MembersController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/expulsion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Expel a member, by a decision; it leaves every working group */
        post: operations["MembersController_expel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/reinstatement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate a suspended member, by a decision */
        post: operations["MembersController_reinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject an application, with the reason */
        post: operations["MembersController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/representatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an authorized representative; the answer’s events name it, its id derives from the commandId */
        post: operations["MembersController_addRepresentative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/representatives/{representativeId}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove an authorized representative (one must always remain) */
        post: operations["MembersController_removeRepresentative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a member (it keeps its membership but does not vote), by a decision */
        post: operations["MembersController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a member’s notice of withdrawal; it leaves every working group */
        post: operations["MembersController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many organizations by country, category and status */
        get: operations["MemberQueriesController_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/powers-of-attorney": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Powers of attorney, oldest first; a representative sees those its organization gave or holds */
        get: operations["PowerOfAttorneyQueriesController_list"];
        put?: never;
        /** Register a power of attorney the representative’s organization gives to another member organization entitled to vote in the same body; refused while another power of the organization covering the same votes is in force */
        post: operations["PowersOfAttorneyController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/powers-of-attorney/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One power of attorney: its parties, document, validity, scope and any revocation */
        get: operations["PowerOfAttorneyQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/powers-of-attorney/{id}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a power of attorney: revoked by its principal or renounced by its proxy, with the reason */
        post: operations["PowersOfAttorneyController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resolutions, newest draft last; filters by status and body */
        get: operations["ResolutionQueriesController_list"];
        put?: never;
        /** Draft a resolution: title and text, the body that votes, its rule and quorum, and any motion */
        post: operations["ResolutionsController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The full record: text versions, electorate, every ballot with who cast it, outcome and consequence */
        get: operations["ResolutionQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Amend the text of a draft (a new text version); not once voting has opened */
        post: operations["ResolutionsController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cast or change the ballot of the representative’s organization, or of another one under a power of attorney */
        post: operations["ResolutionsController_castBallot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close voting at or after its closing time and record the outcome from every ballot of the electorate */
        post: operations["ResolutionsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes of a closed vote (Civil Code art. 181.2 p. 4) in Russian and English, with the participants’ names */
        get: operations["ResolutionQueriesController_minutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The live tally: participation, quorum progress and the count of each choice, by the rule of the vote */
        get: operations["ResolutionQueriesController_liveTally"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/tally/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The live tally as server-sent events: sent at once, again after every ballot, and last when voting ends */
        get: operations["ResolutionQueriesController_tallyStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/voting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open voting: freezes the electorate (the body’s full, non-suspended members now), the rule and the text */
        post: operations["ResolutionsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a draft or a resolution being voted on, with the reason */
        post: operations["ResolutionsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/competence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The competence of bodies: which body may decide which kind of motion, by which minimum rule, with its source
         * @description The law’s defaults (Civil Code of the RF, art. 65.3 p. 2 and art. 123.10 p. 2: the exclusive competence of the general assembly) refined by the voting rules of the charter the Association was established with. `subject` is a motion kind, or `own_work` for a resolution without a motion; a body that has no row for a subject may not decide it.
         */
        get: operations["ResolutionQueriesController_competenceOfBodies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The register of decisions: adopted resolutions in the order they were taken; filters by body, period of closing and kind of motion
         * @description Example: `GET /api/v1/resolutions/decisions?body=general_assembly&closedFrom=2026-01-01&closedTo=2026-12-31&motion=admit_member` — the admissions the general assembly decided in 2026. `closedFrom` and `closedTo` are inclusive UTC calendar dates of closing; `motion=none` gives the decisions that carry no motion.
         */
        get: operations["ResolutionQueriesController_decisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/voting-record/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How a member organization voted: every vote whose electorate included it, with its final choice or did_not_vote, any proxy and the outcome
         * @description Example: `GET /api/v1/resolutions/voting-record/5f0c2b7e-3a41-4c8e-9b1d-2e6a7c9d0f13?limit=50`. A representative sees only its own organization’s record.
         */
        get: operations["ResolutionQueriesController_votingRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Working groups by Russian name, with how many members and open and overdue deliverables */
        get: operations["WorkingGroupQueriesController_list"];
        put?: never;
        /** Establish a working group by a decision; its members must be member organizations (admitted or suspended) */
        post: operations["WorkingGroupsController_establish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One working group: its mandate, members and chair (named from the register), deliverables and meetings */
        get: operations["WorkingGroupQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-groups/{id}/chair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign the chair to one of the group’s members */
        post: operations["WorkingGroupsController_reassignChair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-groups/{id}/deliverables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a deliverable with its due date */
        post: operations["WorkingGroupsController_addDeliverable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-groups/{id}/deliverables/{deliverableId}/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a deliverable was delivered, with the hash of the document */
        post: operations["WorkingGroupsController_deliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-groups/{id}/dissolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dissolve the group by a decision */
        post: operations["WorkingGroupsController_dissolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-groups/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a meeting: its date, the attending member organizations and the hash of the minutes */
        post: operations["WorkingGroupsController_recordMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-groups/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a member organization to the group */
        post: operations["WorkingGroupsController_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-groups/{id}/members/{organizationId}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove an organization from the group (the chair only after another is assigned) */
        post: operations["WorkingGroupsController_removeMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-groups/deliverables/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every overdue deliverable of the active groups, the longest overdue first (today in the Association’s time zone) */
        get: operations["WorkingGroupQueriesController_overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service status (200 when usable, 503 when not); the database, ledger and projection detail only for an admin or auditor */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountView: {
            apiTokens: components["schemas"]["ApiTokenView"][];
            /** @example committee@demo.accord.example */
            email: string;
            /**
             * Format: uuid
             * @description The account; its events are the stream account-<id>
             */
            id: string;
            /** @example Комитет (демо) */
            name: string;
            /** Format: uuid */
            organizationId: string | null;
            /** Format: date-time */
            registeredAt: string;
            roles: string[];
            /** @example active */
            status: string;
            version: number;
        };
        ActorView: {
            /** Format: uuid */
            accountId: string;
            /** Format: uuid */
            organizationId: string | null;
            roles: string[];
            /** @example password */
            via: string;
        };
        AddRepresentativeBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /** @example i.lebedev@kadry.example.ru */
            email: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example {
             *       "ru": "Игорь Лебедев",
             *       "en": "Igor Lebedev"
             *     }
             */
            name: components["schemas"]["LocalizedTextBody"];
            /**
             * @example {
             *       "ru": "заместитель директора",
             *       "en": "deputy director"
             *     }
             */
            position: components["schemas"]["LocalizedTextBody"];
        };
        AddresseeListItem: {
            /**
             * @description ISO 3166-1 alpha-2, or "interstate"
             * @example UZ
             */
            country: string;
            /**
             * Format: uuid
             * @description The addressee; its events are the stream addressee-<id>
             */
            id: string;
            /** @enum {string} */
            kind: "ministry" | "agency" | "parliament" | "interstate_body" | "ngo";
            name: components["schemas"]["LocalizedTextView"];
            /** @example UZ-ZRU-445 */
            policyId: string;
            retired: boolean;
            version: number;
        };
        AddresseeRegistrationBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description ISO 3166-1 alpha-2, or "interstate" for an interstate body such as the IPA CIS
             * @example RU
             */
            country: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example ministry
             * @enum {string}
             */
            kind: "ministry" | "agency" | "parliament" | "interstate_body" | "ngo";
            name: components["schemas"]["AddresseeTextBody"];
            /**
             * @description A row of the jurisdiction policy table (GET /addressees/policies): RU-59FZ, RU-59FZ-MIGRATION, KZ-APPK, UZ-ZRU-445, KG-67, TJ-1339, EXPECTED-DATE; the default for the country and kind when left out
             * @example RU-59FZ
             * @enum {string}
             */
            policyId?: "RU-59FZ" | "RU-59FZ-MIGRATION" | "KZ-APPK" | "UZ-ZRU-445" | "KG-67" | "TJ-1339" | "EXPECTED-DATE";
        };
        AddresseeRetirementBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example {
             *       "ru": "Орган упразднён, его полномочия переданы другому ведомству",
             *       "en": "The body was abolished and its powers passed to another agency"
             *     }
             */
            reason?: components["schemas"]["AddresseeTextBody"] | null;
        };
        AddresseeRevisionBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description ISO 3166-1 alpha-2, or "interstate"
             * @example KG
             */
            country?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example agency
             * @enum {string}
             */
            kind?: "ministry" | "agency" | "parliament" | "interstate_body" | "ngo";
            name?: components["schemas"]["AddresseeTextBody"];
            /**
             * @description A row of the jurisdiction policy table (GET /addressees/policies): RU-59FZ, RU-59FZ-MIGRATION, KZ-APPK, UZ-ZRU-445, KG-67, TJ-1339, EXPECTED-DATE
             * @example RU-59FZ-MIGRATION
             * @enum {string}
             */
            policyId?: "RU-59FZ" | "RU-59FZ-MIGRATION" | "KZ-APPK" | "UZ-ZRU-445" | "KG-67" | "TJ-1339" | "EXPECTED-DATE";
        };
        AddresseeTextBody: {
            /** @example Ministry of Labour and Social Protection of the Russian Federation */
            en?: string | null;
            /** @example Министерство труда и социальной защиты Российской Федерации */
            ru: string;
        };
        AddresseeView: {
            /**
             * @description ISO 3166-1 alpha-2, or "interstate"
             * @example UZ
             */
            country: string;
            /**
             * Format: uuid
             * @description The addressee; its events are the stream addressee-<id>
             */
            id: string;
            /** @enum {string} */
            kind: "ministry" | "agency" | "parliament" | "interstate_body" | "ngo";
            name: components["schemas"]["LocalizedTextView"];
            policy: components["schemas"]["JurisdictionPolicyView"];
            /** @example UZ-ZRU-445 */
            policyId: string;
            /** Format: date-time */
            registeredAt: string;
            retired: boolean;
            /** Format: date-time */
            retiredAt: string | null;
            retirementReason: components["schemas"]["LocalizedTextView"] | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AdmissionBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            decision: components["schemas"]["DecisionBody"];
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @description Only full members vote
             * @enum {string}
             */
            membership: "full" | "observer";
        };
        AdmitMemberMotion: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "admit_member";
            /** Format: uuid */
            memberId: string;
            /** @enum {string} */
            membership: "full" | "observer";
        };
        AdoptCharterDraftMotion: {
            draftNumber: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "adopt_charter_draft";
            /**
             * @description SHA-256 of the draft’s text, hex
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            sha256: string;
        };
        AmendmentBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            text: components["schemas"]["ResolutionTextBody"];
        };
        AnswerBody: {
            /** @example 2026-06-05 */
            answeredOn: string;
            /** @description SHA-256 of the answer letter, hex */
            attachmentSha256?: string | null;
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example partially_supported
             * @enum {string}
             */
            outcome: "supported" | "partially_supported" | "declined" | "forwarded";
            /** @example № 15-4/10/В-3456 */
            reference: string;
            /**
             * @example {
             *       "ru": "Предложения учтены частично",
             *       "en": "The proposals were partly taken up"
             *     }
             */
            summary: components["schemas"]["AppealTextBody"];
        };
        ApiTokenView: {
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** @example Reporting robot */
            name: string;
            revoked: boolean;
            roles: ("admin" | "secretariat" | "representative" | "committee" | "auditor")[];
        };
        AppealAddresseeView: {
            /** @example RU */
            country: string;
            /** Format: uuid */
            id: string;
            name: components["schemas"]["LocalizedTextView"];
        };
        AppealContentBody: {
            /**
             * Format: uuid
             * @description A body from the register of addressees
             */
            addresseeId: string;
            /** @description Attached documents, by content hash */
            attachments?: components["schemas"]["AttachmentBody"][];
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * Format: uuid
             * @description The adopted resolution that authorized the appeal
             */
            resolutionId?: string | null;
            /**
             * @example {
             *       "ru": "О порядке организованного набора",
             *       "en": "On organized recruitment"
             *     }
             */
            subject: components["schemas"]["AppealTextBody"];
            /** @description The letter’s text; Russian is the official one */
            text: components["schemas"]["AppealTextBody"];
        };
        AppealDeadlinesView: {
            answeredLate: boolean | null;
            closedUnanswered: boolean;
            /** Format: date */
            dueOn: string | null;
            /** @enum {string|null} */
            dueOnBasis: "statute" | "extension" | "expected_by_secretariat" | null;
            /** Format: date */
            dueSoonFrom: string | null;
            estimateReasons: ("registration_date_unknown" | "holiday_calendar_missing")[];
            isEstimate: boolean;
            /** Format: date */
            periodStartsOn: string | null;
            /** @example RU-59FZ */
            policyId: string | null;
            /** Format: date */
            registrationDueOn: string | null;
            /** Format: date */
            veryOverdueFrom: string | null;
        };
        AppealDraftBody: {
            /**
             * Format: uuid
             * @description A body from the register of addressees
             */
            addresseeId: string;
            /** @description Attached documents, by content hash */
            attachments?: components["schemas"]["AttachmentBody"][];
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The date of the draft (its legal date); the day it is recorded when left out
             * @example 2026-05-06
             */
            draftedOn?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * Format: uuid
             * @description The adopted resolution that authorized the appeal
             */
            resolutionId?: string | null;
            /**
             * @example {
             *       "ru": "О порядке организованного набора",
             *       "en": "On organized recruitment"
             *     }
             */
            subject: components["schemas"]["AppealTextBody"];
            /** @description The letter’s text; Russian is the official one */
            text: components["schemas"]["AppealTextBody"];
        };
        AppealListItem: {
            addressee: components["schemas"]["AppealAddresseeView"];
            /** Format: date */
            answeredOn: string | null;
            /** @example 14-4/10/В-4410 */
            answerReference: string | null;
            /** @enum {string|null} */
            channel: "official_portal" | "post" | "email" | "courier" | null;
            channelTitle: components["schemas"]["LocalizedTextView"] | null;
            closed: boolean;
            /** Format: date-time */
            createdAt: string;
            deadlines: components["schemas"]["AppealDeadlinesView"];
            /** Format: date */
            dispatchedOn: string | null;
            followUpIds: string[];
            /** Format: uuid */
            followUpOf: string | null;
            forwardedCount: number;
            holder: components["schemas"]["AppealAddresseeView"];
            /**
             * Format: uuid
             * @description The appeal; its events are the stream appeal-<id>, and its outgoing number comes from the stream outgoing-register-<year>
             */
            id: string;
            /** @example ОГ-14/2356 */
            incomingNumber: string | null;
            /** Format: date */
            lastForwardedOn: string | null;
            /** @enum {string|null} */
            outcome: "supported" | "partially_supported" | "declined" | "forwarded" | null;
            outcomeTitle: components["schemas"]["LocalizedTextView"] | null;
            /** @example 2026-0001 */
            outgoingNumber: string | null;
            /** Format: date */
            registeredOn: string | null;
            /** Format: uuid */
            resolutionId: string | null;
            /** @enum {string} */
            stage: "draft" | "approved" | "signed" | "dispatched" | "registered" | "answered" | "closed";
            stageTitle: components["schemas"]["LocalizedTextView"];
            /** @enum {string} */
            status: "not_dispatched" | "not_due" | "due_soon" | "overdue" | "very_overdue" | "answered_on_time" | "answered_late" | "closed_unanswered";
            statusTitle: components["schemas"]["LocalizedTextView"];
            subject: components["schemas"]["LocalizedTextView"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AppealRegistrationBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /** @example ОГ-12345 */
            incomingNumber: string;
            /** @example 2026-05-14 */
            registeredOn: string;
        };
        AppealsDashboardAddresseeFigures: {
            addressee: components["schemas"]["AppealAddresseeView"];
            answered: number;
            answeredLate: number;
            /** @description Answered late ÷ answered; null when nothing was answered */
            answeredLateRate: number | null;
            /** @description From dispatch to answer; the mean of the two middle values for an even count; null when nothing was answered */
            medianDaysToAnswer: number | null;
            open: number;
            overdue: number;
        };
        AppealsDashboardCountryFigures: {
            answered: number;
            answeredLate: number;
            /** @description Answered late ÷ answered; null when nothing was answered */
            answeredLateRate: number | null;
            /** @example RU */
            country: string;
            /** @description From dispatch to answer; the mean of the two middle values for an even count; null when nothing was answered */
            medianDaysToAnswer: number | null;
            open: number;
            overdue: number;
        };
        AppealsDashboardStageCount: {
            count: number;
            /** @enum {string} */
            stage: "draft" | "approved" | "signed" | "dispatched" | "registered" | "answered" | "closed";
            title: components["schemas"]["LocalizedTextView"];
        };
        AppealsDashboardStatusCount: {
            count: number;
            /** @enum {string} */
            status: "not_dispatched" | "not_due" | "due_soon" | "overdue" | "very_overdue" | "answered_on_time" | "answered_late" | "closed_unanswered";
            title: components["schemas"]["LocalizedTextView"];
        };
        AppealsDashboardView: {
            /** Format: date */
            asOf: string;
            byAddressee: components["schemas"]["AppealsDashboardAddresseeFigures"][];
            byCountry: components["schemas"]["AppealsDashboardCountryFigures"][];
            byStage: components["schemas"]["AppealsDashboardStageCount"][];
            byStatus: components["schemas"]["AppealsDashboardStatusCount"][];
            dueSoon: components["schemas"]["AppealListItem"][];
            overdue: components["schemas"]["AppealListItem"][];
            total: number;
        };
        AppealSignatoryView: {
            /** @example Олег Демидов */
            name: string;
            position: components["schemas"]["LocalizedTextView"];
        };
        AppealTextBody: {
            /** @example On the organized recruitment of migrant workers */
            en?: string | null;
            /** @example О порядке организованного набора трудящихся-мигрантов */
            ru: string;
        };
        AppealTimelineEntryView: {
            /** @example system:demo */
            actorId: string;
            causationId: string | null;
            /** @description The request id (X-Request-Id) or the event that caused this one */
            correlationId: string;
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            onBehalfOf: string | null;
            /** @example 854-29 */
            position: string;
            /** Format: date-time */
            recordedAt: string;
            /** @example MembershipApplicationSubmitted */
            type: string;
            version: number;
        };
        AppealView: {
            addressee: components["schemas"]["AppealAddresseeView"];
            /** Format: date */
            answeredOn: string | null;
            /** @example 14-4/10/В-4410 */
            answerReference: string | null;
            /**
             * Format: date
             * @description The legal date of the approval (null: not approved)
             */
            approvedOn: string | null;
            /** @enum {string|null} */
            channel: "official_portal" | "post" | "email" | "courier" | null;
            channelTitle: components["schemas"]["LocalizedTextView"] | null;
            closed: boolean;
            /** Format: date-time */
            createdAt: string;
            deadlines: components["schemas"]["AppealDeadlinesView"];
            /** Format: date */
            dispatchedOn: string | null;
            /**
             * Format: date
             * @description The legal date of the draft
             */
            draftedOn: string | null;
            followUpIds: string[];
            /** Format: uuid */
            followUpOf: string | null;
            forwardedCount: number;
            holder: components["schemas"]["AppealAddresseeView"];
            /**
             * Format: uuid
             * @description The appeal; its events are the stream appeal-<id>, and its outgoing number comes from the stream outgoing-register-<year>
             */
            id: string;
            /** @example ОГ-14/2356 */
            incomingNumber: string | null;
            /** Format: date */
            lastForwardedOn: string | null;
            /** @enum {string|null} */
            outcome: "supported" | "partially_supported" | "declined" | "forwarded" | null;
            outcomeTitle: components["schemas"]["LocalizedTextView"] | null;
            /** @example 2026-0001 */
            outgoingNumber: string | null;
            /** Format: date */
            registeredOn: string | null;
            /** @description Each reminder recorded, as `<kind>:<due date>` */
            reminders: string[];
            /** Format: uuid */
            resolutionId: string | null;
            signatory: components["schemas"]["AppealSignatoryView"];
            /**
             * Format: date
             * @description The legal date of the signature (null: not signed)
             */
            signedOn: string | null;
            /** @enum {string} */
            stage: "draft" | "approved" | "signed" | "dispatched" | "registered" | "answered" | "closed";
            stageTitle: components["schemas"]["LocalizedTextView"];
            /** @enum {string} */
            status: "not_dispatched" | "not_due" | "due_soon" | "overdue" | "very_overdue" | "answered_on_time" | "answered_late" | "closed_unanswered";
            statusTitle: components["schemas"]["LocalizedTextView"];
            subject: components["schemas"]["LocalizedTextView"];
            timeline: components["schemas"]["AppealTimelineEntryView"][];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ApplicationBody: {
            /**
             * @example staffing_agency
             * @enum {string}
             */
            category: "staffing_agency" | "private_employment_agency" | "employers_association" | "educational_organization" | "qualifications_council" | "research_expert_body" | "other_ngo";
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            contacts: components["schemas"]["ContactsBody"];
            /**
             * @description ISO 3166-1 alpha-2
             * @example RU
             */
            country: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example {
             *       "ru": "Общество с ограниченной ответственностью",
             *       "en": "Limited liability company"
             *     }
             */
            legalForm: components["schemas"]["LocalizedTextBody"];
            name: components["schemas"]["LocalizedTextBody"];
            nationalIdentifier: components["schemas"]["NationalIdentifierBody"];
            /** @description At least one; each gets an id from the register */
            representatives: components["schemas"]["RepresentativeBody"][];
        };
        ApprovalBody: {
            /**
             * @description The date of the approval: not in the future, not before the draft; today when left out
             * @example 2026-05-08
             */
            approvedOn?: string;
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * Format: uuid
             * @description The resolution the approval rests on; the draft’s own when left out
             */
            resolutionId?: string | null;
        };
        AssemblyMinutesBody: {
            auditCommission: components["schemas"]["OfficerBody"][];
            chair: components["schemas"]["OfficerBody"];
            /** @description The charter adopted: an exact draft, by number and hash */
            charter: components["schemas"]["CharterReferenceBody"];
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            council: components["schemas"]["OfficerBody"][];
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /** @description The founders present and their votes on establishing */
            present: components["schemas"]["PresentFounderBody"][];
            /** @description The questions the charter reserves for unanimity or a qualified majority */
            votingRules: components["schemas"]["VotingRuleBody"][];
        };
        AssemblyVenueBody: {
            /** @description Where the assembly meets (kind place) */
            address?: components["schemas"]["FoundingTextBody"];
            /**
             * @example place
             * @enum {string}
             */
            kind: "place" | "online";
            /**
             * @description The meeting link (kind online)
             * @example https://meet.demo.example/founding
             */
            url?: string;
        };
        AttachmentBody: {
            /** @example Проект рекомендаций.pdf */
            name: string;
            /**
             * @description SHA-256 of the file, hex
             * @example a3f1c9e2b7d4058f6e1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70
             */
            sha256: string;
        };
        AuditedEventView: {
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            hash: string;
            links: components["schemas"]["EventLinksView"];
            metadata: components["schemas"]["EventMetadataView"];
            /** @example 754-1 */
            position: string;
            /** Format: date-time */
            recordedAt: string;
            schemaVersion: number;
            /**
             * @description The record, `<kind>-<id>`: account-, member-, founding-association, working-group-, resolution-, ballot-<resolution id>_<organization id>, power-of-attorney-, addressee-, appeal-, outgoing-register-<year>
             * @example member-0b8f3a52-8c1e-4d0e-9d7e-3f0f6b1c2a11
             */
            streamId: string;
            /** @example AccountRegistered */
            type: string;
            version: number;
        };
        AuthorizeAppealMotion: {
            /** Format: uuid */
            appealId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "authorize_appeal";
        };
        BallotBody: {
            /**
             * @example for
             * @enum {string}
             */
            choice: "for" | "against" | "abstain";
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * Format: uuid
             * @description The organization whose ballot this is; the representative’s own when left out
             */
            organizationId?: string;
            /** @description The power of attorney a proxy votes under */
            powerOfAttorneyId?: string;
            /**
             * @description A vote against to be recorded in the minutes (Civil Code art. 181.2 p. 4)
             * @example false
             */
            recordAgainst?: boolean;
        };
        BallotHistoryEntryView: {
            /** @description The account of the representative who cast it */
            actorId: string;
            /** Format: date-time */
            castAt: string;
            /** @enum {string} */
            choice: "for" | "against" | "abstain";
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            onBehalfOf: string | null;
            /** @enum {string|null} */
            previousChoice: "for" | "against" | "abstain" | null;
            proxy: components["schemas"]["ProxyReferenceView"] | null;
            recordAgainst: boolean;
            /** @enum {string} */
            type: "BallotCast" | "BallotChanged";
        };
        BallotView: {
            /** @description The account of the representative who cast it */
            actorId: string;
            /** Format: date-time */
            castAt: string;
            /** @enum {string} */
            choice: "for" | "against" | "abstain";
            /** Format: uuid */
            eventId: string;
            history: components["schemas"]["BallotHistoryEntryView"][];
            /** @description null when the register does not know the organization */
            name: components["schemas"]["LocalizedTextView"] | null;
            /** Format: uuid */
            onBehalfOf: string | null;
            /** Format: uuid */
            organizationId: string;
            proxy: components["schemas"]["ProxyReferenceView"] | null;
            recordAgainst: boolean;
        };
        CausationRootView: {
            correlationId: string;
            /** @description The command id or the request id that started the chain */
            id: string | null;
            /** @enum {string} */
            kind: "command" | "request" | "none";
        };
        CauseChainView: {
            /** @description From the direct cause back to the first event of the chain */
            causes: components["schemas"]["CauseStepView"][];
            event: components["schemas"]["AuditedEventView"];
            grounds: components["schemas"]["AuditedEventView"][];
            root: components["schemas"]["CausationRootView"];
        };
        CauseStepView: {
            event: components["schemas"]["AuditedEventView"];
            /** @description The events its data cites as grounds (the ballots a closing counted, …) */
            grounds: components["schemas"]["AuditedEventView"][];
        };
        ChangeOrganizationBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * Format: uuid
             * @description null unbinds the account
             */
            organizationId: string | null;
        };
        ChangeRolesBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example [
             *       "secretariat"
             *     ]
             */
            roles: ("admin" | "secretariat" | "representative" | "committee" | "auditor")[];
        };
        CharterDraftBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The full text of the draft (UTF-8); its SHA-256 identifies it
             * @example Устав Ассоциации…
             */
            content: string;
            /**
             * @description The date of the draft (its legal date): not in the future, not before the initiative or the previous draft; the day it is recorded when left out
             * @example 2026-04-20
             */
            draftedOn?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
        };
        CharterDraftView: {
            content: string;
            number: number;
            /** Format: date-time */
            recordedAt: string;
            sha256: string;
        };
        CharterReferenceBody: {
            /** @example 2 */
            number: number;
            /**
             * @description SHA-256 of the draft, hex
             * @example c0535e4be2b79ffd93291305436bf889314e4a3faec05ecffcbb7df31ad9e51a
             */
            sha256: string;
        };
        ChecklistBlockerView: {
            /** @example FOUNDERS_TOO_FEW */
            code: string;
            text: components["schemas"]["LocalizedTextView"];
        };
        ClosureBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /** @description Required when closing an appeal without an answer */
            reason?: components["schemas"]["AppealTextBody"] | null;
        };
        CommandBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
        };
        CommandResponse: {
            /** @description Ids of the events the command recorded */
            events: string[];
            /** @example 0b8f3a52-8c1e-4d0e-9d7e-3f0f6b1c2a11 */
            id: string;
            /**
             * @description Global position of the last event; pass it as ?minPosition= to read your write
             * @example 18342-977
             */
            position: string;
            /**
             * @description The record's stream version after the command
             * @example 4
             */
            version: number;
        };
        CommitteeMemberBody: {
            /**
             * @example {
             *       "ru": "Ирина Демина",
             *       "en": "Irina Demina"
             *     }
             */
            name: components["schemas"]["FoundingTextBody"];
            /**
             * @example {
             *       "ru": "председатель оргкомитета",
             *       "en": "chair of the organizing committee"
             *     }
             */
            role: components["schemas"]["FoundingTextBody"];
        };
        CompetenceEntryView: {
            /** @enum {string} */
            body: "general_assembly" | "council" | "working_group";
            bodyTitle: components["schemas"]["LocalizedTextView"];
            /** @description The charter question the motion answers (null for own work) */
            charterQuestion: string | null;
            /** @enum {string} */
            minimumRule: "simple_majority" | "qualified_two_thirds" | "unanimity";
            minimumRuleTitle: components["schemas"]["LocalizedTextView"];
            /** @description The article of the law or the charter the row rests on */
            source: components["schemas"]["LocalizedTextView"];
            /**
             * @description A motion kind, or `own_work` for a resolution without a motion
             * @enum {string}
             */
            subject: "admit_member" | "suspend_member" | "expel_member" | "establish_working_group" | "dissolve_working_group" | "adopt_charter_draft" | "authorize_appeal" | "elect_council" | "own_work";
        };
        ConsequenceView: {
            /** Format: date-time */
            at: string;
            /**
             * @description failed: the code of the rule that refused it
             * @example MEMBER_STATUS_REQUIRED
             */
            code?: string;
            /** @description carried_out: the events that carried the motion out */
            eventIds?: string[];
            /** @enum {string} */
            status: "pending" | "carried_out" | "failed";
            /** @description failed: why */
            text?: components["schemas"]["LocalizedTextView"];
        };
        ContactsBody: {
            /**
             * @example {
             *       "ru": "Москва, ул. Примерная, 1",
             *       "en": null
             *     }
             */
            address?: components["schemas"]["LocalizedTextBody"] | null;
            /** @example office@kadry.example.ru */
            email: string;
            /** @example +7 495 000-00-00 */
            phone?: string | null;
        };
        ConveningBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * Format: date
             * @description The day it was convened (the notice)
             * @example 2026-05-20
             */
            convenedOn: string;
            /**
             * Format: date
             * @description The day the assembly meets
             * @example 2026-06-03
             */
            date: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            venue: components["schemas"]["AssemblyVenueBody"];
        };
        CorrectionBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /** @description The contacts as a whole */
            contacts?: components["schemas"]["ContactsBody"];
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            legalForm?: components["schemas"]["LocalizedTextBody"];
            name?: components["schemas"]["LocalizedTextBody"];
        };
        CouncilElectionView: {
            /**
             * Format: uuid
             * @description The founding assembly’s event (founding)
             */
            eventId?: string;
            /** @enum {string} */
            kind: "founding" | "resolution";
            /**
             * Format: uuid
             * @description The adopted resolution (resolution)
             */
            resolutionId?: string;
        };
        CouncilMemberView: {
            name: components["schemas"]["LocalizedTextView"] | null;
            /** Format: uuid */
            organizationId: string;
        };
        CouncilView: {
            decision: components["schemas"]["CouncilElectionView"] | null;
            /**
             * Format: date
             * @description The legal date of the election
             */
            electedOn: string | null;
            members: components["schemas"]["CouncilMemberView"][];
            /** @enum {string} */
            status: "not_elected" | "elected";
            /** @description The council’s term: 1 for the council the founding elected, then one more per election */
            term: number;
            /** @description The version of the stream `council-association` */
            version: number;
        };
        CountedBallotView: {
            /** Format: uuid */
            ballotEventId: string;
            /** @enum {string} */
            choice: "for" | "against" | "abstain";
            /** Format: uuid */
            organizationId: string;
            proxy: components["schemas"]["ProxyReferenceView"] | null;
        };
        CreateAccountBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /** @example a.petrova@example.org */
            email: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /** @example Анна Петрова */
            name: string;
            /**
             * Format: uuid
             * @description The member organization a representative acts for
             */
            organizationId?: string;
            /** @description At least 12 characters */
            password: string;
            /**
             * @example [
             *       "secretariat"
             *     ]
             */
            roles: ("admin" | "secretariat" | "representative" | "committee" | "auditor")[];
        };
        DeactivationBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /** @example Left the organization */
            reason: string;
        };
        DecisionActBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            decision: components["schemas"]["DecisionBody"];
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
        };
        DecisionBasisView: {
            /**
             * @description decision: the body whose minutes record it
             * @enum {string}
             */
            body?: "general_assembly" | "council";
            /** Format: date */
            date?: string;
            /** Format: uuid */
            eventId?: string;
            /**
             * @description resolution: resolutionId; founding: eventId of the establishment; decision: reference and date
             * @enum {string}
             */
            kind: "resolution" | "founding" | "decision";
            /** @example Решение Совета Объединения № 2 */
            reference?: string;
            /** Format: uuid */
            resolutionId?: string;
        };
        DecisionBody: {
            /**
             * @description For kind "decision": the body that decided; it must be competent for the act (GET /api/v1/resolutions/competence)
             * @example general_assembly
             * @enum {string}
             */
            body?: "general_assembly" | "council";
            /**
             * @description For kind "decision": the date of the decision, not in the future and not before the Association was established
             * @example 2026-09-30
             */
            date?: string;
            /**
             * @example decision
             * @enum {string}
             */
            kind: "resolution" | "decision";
            /**
             * @description For kind "decision": the reference of the record
             * @example Протокол общего собрания № 3, п. 2
             */
            reference?: string;
            /**
             * Format: uuid
             * @description For kind "resolution": the adopted resolution
             */
            resolutionId?: string;
        };
        DecisionResultView: {
            abstain: number;
            against: number;
            electorateSize: number;
            for: number;
            /** @enum {string} */
            outcome: "adopted" | "rejected" | "failed_quorum";
            outcomeTitle: components["schemas"]["LocalizedTextView"];
            participants: number;
        };
        DecisionView: {
            body: components["schemas"]["VotingBodyView"];
            bodyTitle: components["schemas"]["LocalizedTextView"];
            /** Format: date-time */
            closedAt: string;
            /** Format: date */
            closedOn: string;
            consequence: components["schemas"]["ConsequenceView"] | null;
            /** Format: uuid */
            id: string;
            motion: (components["schemas"]["AdmitMemberMotion"] | components["schemas"]["SuspendMemberMotion"] | components["schemas"]["ExpelMemberMotion"] | components["schemas"]["EstablishWorkingGroupMotion"] | components["schemas"]["DissolveWorkingGroupMotion"] | components["schemas"]["AdoptCharterDraftMotion"] | components["schemas"]["AuthorizeAppealMotion"] | components["schemas"]["ElectCouncilMotion"]) | null;
            /** @enum {string} */
            motionKind: "admit_member" | "suspend_member" | "expel_member" | "establish_working_group" | "dissolve_working_group" | "adopt_charter_draft" | "authorize_appeal" | "elect_council" | "none";
            result: components["schemas"]["DecisionResultView"] | null;
            /** @enum {string} */
            rule: "simple_majority" | "qualified_two_thirds" | "unanimity";
            title: components["schemas"]["LocalizedTextView"];
            version: number;
        };
        DeliverableBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /** @example 2026-10-31 */
            dueDate: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @description Derived from the commandId when left out
             * @example recommendations-ipa-cis
             */
            id?: string;
            /**
             * @example {
             *       "ru": "Проект рекомендаций для МПА СНГ",
             *       "en": "Draft recommendations for the IPA CIS"
             *     }
             */
            title: components["schemas"]["GroupTextBody"];
        };
        DeliveryBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The day it was delivered
             * @example 2026-10-20
             */
            date: string;
            /**
             * @description SHA-256 of the delivered document, hex
             * @example aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
             */
            documentSha256: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
        };
        DispatchBody: {
            /**
             * @example official_portal
             * @enum {string}
             */
            channel: "official_portal" | "post" | "email" | "courier";
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /** @example 2026-05-12 */
            dispatchedOn: string;
            /**
             * @description Required where no statute sets the period (interstate bodies, NGOs)
             * @example 2026-06-30
             */
            expectedAnswerOn?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @description A number already used by hand; the platform gives the year’s next number (`2026-0001`, …) when left out
             * @example 2026-0007
             */
            outgoingNumber?: string;
        };
        DissolutionBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            decision: components["schemas"]["DecisionBody"];
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
        };
        DissolveWorkingGroupMotion: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "dissolve_working_group";
            /** Format: uuid */
            workingGroupId: string;
        };
        DraftBody: {
            body: components["schemas"]["VotingBodyBody"];
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @description What the resolution makes so when adopted (admit, suspend or expel a member, establish or dissolve a working group…)
             * @example {
             *       "kind": "expel_member",
             *       "memberId": "0b8f3a52-8c1e-4d0e-9d7e-3f0f6b1c2a11"
             *     }
             */
            motion?: (components["schemas"]["AdmitMemberMotion"] | components["schemas"]["SuspendMemberMotion"] | components["schemas"]["ExpelMemberMotion"] | components["schemas"]["EstablishWorkingGroupMotion"] | components["schemas"]["DissolveWorkingGroupMotion"] | components["schemas"]["AdoptCharterDraftMotion"] | components["schemas"]["AuthorizeAppealMotion"] | components["schemas"]["ElectCouncilMotion"]) | null;
            /** @description More than one half of the electorate when left out (7-FZ art. 29 p. 4) */
            quorum?: components["schemas"]["ThresholdBody"];
            /**
             * @example simple_majority
             * @enum {string}
             */
            rule: "simple_majority" | "qualified_two_thirds" | "unanimity";
            /**
             * @example {
             *       "ru": "Исключить ООО «Пример» из членов Объединения.",
             *       "en": "To expel Primer LLC from the Association."
             *     }
             */
            text: components["schemas"]["ResolutionTextBody"];
            /**
             * @example {
             *       "ru": "Об исключении ООО «Пример» из членов Объединения",
             *       "en": "On the expulsion of Primer LLC"
             *     }
             */
            title: components["schemas"]["ResolutionTextBody"];
        };
        EffectNodeView: {
            /** @description What this event caused, as a tree */
            effects: components["schemas"]["EffectNodeView"][];
            event: components["schemas"]["AuditedEventView"];
        };
        ElectCouncilMotion: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "elect_council";
            /** @description The member organizations elected to the council */
            memberOrganizationIds: string[];
        };
        ErrorBody: {
            /**
             * @description Machine-readable: VALIDATION_FAILED, NOT_FOUND, a rule code such as FOUNDING_STAGE_REQUIRED…
             * @example VALIDATION_FAILED
             */
            code: string;
            /** @description For 400 VALIDATION_FAILED the fields and their problems (FieldProblemView[]); for other codes an object that the code documents */
            details?: components["schemas"]["FieldProblemView"][] | {
                [key: string]: unknown;
            };
            /**
             * @description In Russian with Accept-Language: ru, in English otherwise
             * @example Проверьте поля запроса
             */
            message: string;
            /** @example 422 */
            statusCode: number;
        };
        EstablishmentBody: {
            /**
             * Format: uuid
             * @description A member organization, one of the members
             */
            chairOrganizationId: string;
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            decision: components["schemas"]["DecisionBody"];
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example {
             *       "ru": "Подготовить проект рекомендаций для МПА СНГ",
             *       "en": "Draft recommendations for the IPA CIS"
             *     }
             */
            mandate: components["schemas"]["GroupTextBody"];
            /** @description Member organizations (admitted or suspended) */
            memberOrganizationIds: string[];
            name: components["schemas"]["NameBody"];
        };
        EstablishWorkingGroupMotion: {
            /** Format: uuid */
            chairOrganizationId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "establish_working_group";
            mandate: components["schemas"]["LocalizedTextView"];
            memberOrganizationIds: string[];
            name: components["schemas"]["LocalizedTextView"];
            /**
             * Format: uuid
             * @description The id the new group will have
             */
            workingGroupId: string;
        };
        EventLinksView: {
            /** @example /api/v1/ledger/events/5d1c…/causes */
            causes: string;
            /** @example /api/v1/ledger/events/5d1c…/effects */
            effects: string;
            /** @example /api/v1/ledger/streams/member-0b8f3a52-8c1e-4d0e-9d7e-3f0f6b1c2a11 */
            stream: string;
        };
        EventMetadataView: {
            /** @example system:demo */
            actorId: string;
            causationId: string | null;
            commandId: string | null;
            /** @description The request id (X-Request-Id) or the event that caused this one */
            correlationId: string;
            onBehalfOf: string | null;
        };
        ExpectedAnswerBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /** @example 2026-07-01 */
            expectedAnswerOn: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
        };
        ExpelMemberMotion: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "expel_member";
            /** Format: uuid */
            memberId: string;
        };
        ExtensionBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The new due date the addressee announced
             * @example 2026-07-13
             */
            dueOn: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @description The date of the addressee’s notice
             * @example 2026-06-10
             */
            noticeOn: string;
        };
        FieldProblemView: {
            /** @example title.ru */
            field: string;
            /**
             * @example [
             *       "обязательное поле"
             *     ]
             */
            problems: string[];
        };
        ForwardingBody: {
            /**
             * Format: uuid
             * @description The body the appeal was forwarded to, from the register of addressees
             */
            addresseeId: string;
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description Required where no statute sets the new body’s period
             * @example 2026-07-01
             */
            expectedAnswerOn?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /** @example 2026-05-18 */
            forwardedOn: string;
        };
        FounderContactsBody: {
            address?: components["schemas"]["FoundingTextBody"] | null;
            /** @example office@severny-most.demo.example */
            email: string;
            /** @example +7 812 000-00-00 */
            phone?: string | null;
        };
        FounderIdentifierBody: {
            /**
             * @description The scheme of the organization’s country (RU_OGRN_INN, KZ_BIN, UZ_STIR, KG_INN, TJ_INN; OTHER elsewhere)
             * @example RU_OGRN_INN
             * @enum {string}
             */
            scheme: "RU_OGRN_INN" | "KZ_BIN" | "UZ_STIR" | "KG_INN" | "TJ_INN" | "OTHER";
            /**
             * @description RU: ogrn and inn; KZ: bin; UZ: stir; KG and TJ: inn; OTHER: registryId. Check digits are verified
             * @example {
             *       "ogrn": "1267700000017",
             *       "inn": "7700000016"
             *     }
             */
            values: {
                [key: string]: string;
            };
        };
        FounderOrganizationBody: {
            /**
             * @example staffing_agency
             * @enum {string}
             */
            category: "staffing_agency" | "private_employment_agency" | "employers_association" | "educational_organization" | "qualifications_council" | "research_expert_body" | "other_ngo";
            contacts: components["schemas"]["FounderContactsBody"];
            /**
             * @description ISO 3166-1 alpha-2
             * @example RU
             */
            country: string;
            /**
             * @example {
             *       "ru": "Общество с ограниченной ответственностью",
             *       "en": "Limited liability company"
             *     }
             */
            legalForm: components["schemas"]["FoundingTextBody"];
            /**
             * @example {
             *       "ru": "ООО «Демо-агентство «Северный мост»»",
             *       "en": "Severny Most Demo Agency LLC"
             *     }
             */
            name: components["schemas"]["FoundingTextBody"];
            nationalIdentifier: components["schemas"]["FounderIdentifierBody"];
        };
        FounderRepresentativeBody: {
            /** @example o.demidov@severny-most.demo.example */
            email: string;
            /**
             * @example {
             *       "ru": "Олег Демидов",
             *       "en": "Oleg Demidov"
             *     }
             */
            name: components["schemas"]["FoundingTextBody"];
            /**
             * @example {
             *       "ru": "генеральный директор",
             *       "en": "chief executive"
             *     }
             */
            position: components["schemas"]["FoundingTextBody"];
        };
        FoundingCommitteeMemberView: {
            name: components["schemas"]["LocalizedTextView"];
            role: components["schemas"]["LocalizedTextView"];
        };
        FoundingOfficerView: {
            name: components["schemas"]["LocalizedTextView"];
            /** Format: uuid */
            representing: string | null;
        };
        FoundingProcessView: {
            assembly: components["schemas"]["FoundingViewAssembly"];
            blockers: components["schemas"]["ChecklistBlockerView"][];
            charterDrafts: components["schemas"]["FoundingViewCharterDraft"][];
            /** Format: date */
            establishedOn: string | null;
            founderCount: components["schemas"]["FoundingViewFounderCount"];
            founders: components["schemas"]["FoundingViewFounder"][];
            /**
             * @description One founding per deployment; its events are the stream founding-association
             * @enum {string}
             */
            id: "association";
            initiative: components["schemas"]["FoundingViewInitiative"] | null;
            /** @description The next step to take; null when established */
            next: string | null;
            registration: components["schemas"]["FoundingViewRegistration"];
            rules: components["schemas"]["FoundingViewRules"];
            /** @enum {string} */
            stage: "not_started" | "founders_gathering" | "charter_drafting" | "assembly_convened" | "assembly_held" | "registration_filed" | "registration_refused" | "registered" | "established";
            stageTitle: components["schemas"]["LocalizedTextView"];
            steps: components["schemas"]["FoundingViewStep"][];
            /** @description What commands pass as expectedVersion */
            version: number;
        };
        FoundingTextBody: {
            /** @example Union MATM */
            en?: string | null;
            /** @example Союз «МАТМ» */
            ru: string;
        };
        FoundingViewAssembly: {
            convened: components["schemas"]["FoundingViewAssemblyConvened"] | null;
            held: components["schemas"]["FoundingViewAssemblyHeld"] | null;
        };
        FoundingViewAssemblyConvened: {
            /** Format: date */
            convenedOn: string;
            /** Format: date */
            date: string;
            venue: components["schemas"]["FoundingViewAssemblyConvenedVenue"];
        };
        FoundingViewAssemblyConvenedVenue: {
            address?: components["schemas"]["LocalizedTextView"];
            /** @example place */
            kind: string;
            /** @example https://meet.example/assembly */
            url?: string;
        };
        FoundingViewAssemblyHeld: {
            auditCommission: components["schemas"]["FoundingOfficerView"][];
            chair: components["schemas"]["FoundingOfficerView"];
            charter: components["schemas"]["FoundingViewAssemblyHeldCharter"];
            council: components["schemas"]["FoundingOfficerView"][];
            /** Format: date */
            date: string;
            present: components["schemas"]["FoundingViewAssemblyHeldPresent"][];
            venue: components["schemas"]["FoundingViewAssemblyConvenedVenue"];
            votingRules: components["schemas"]["FoundingViewAssemblyHeldVotingRule"][];
        };
        FoundingViewAssemblyHeldCharter: {
            number: number;
            sha256: string;
        };
        FoundingViewAssemblyHeldPresent: {
            /** @example for */
            establishmentVote: string;
            /** Format: uuid */
            letterId: string;
            organizationName: components["schemas"]["LocalizedTextView"] | null;
            representedBy: components["schemas"]["LocalizedTextView"];
        };
        FoundingViewAssemblyHeldVotingRule: {
            /** @example general_assembly */
            body: string;
            /** @example charter_amendment */
            question: string;
            /** @example qualified_majority */
            rule: string;
            title: components["schemas"]["LocalizedTextView"];
        };
        FoundingViewCharterDraft: {
            /**
             * Format: date
             * @description The legal date of the draft, as given (the day it was entered by default)
             */
            draftedOn: string;
            number: number;
            /** Format: date-time */
            recordedAt: string;
            sha256: string;
        };
        FoundingViewFounder: {
            admission: components["schemas"]["FoundingViewFounderAdmission"] | null;
            /** Format: uuid */
            letterId: string;
            organization: components["schemas"]["FoundingViewFounderOrganization"];
            /** Format: date */
            receivedOn: string;
            representative: components["schemas"]["FoundingViewFounderRepresentative"];
            /** @example received */
            status: string;
            withdrawalReason: components["schemas"]["LocalizedTextView"] | null;
            /** Format: date */
            withdrawnOn: string | null;
        };
        FoundingViewFounderAdmission: {
            /**
             * Format: date-time
             * @description When admitted: when the register recorded it
             */
            admittedAt?: string;
            /**
             * Format: date
             * @description When admitted: the legal date, the Association’s establishment
             */
            admittedOn?: string;
            /**
             * @description When failed: the code of the rule the register refused the founder by
             * @example DUPLICATE_NATIONAL_IDENTIFIER
             */
            code?: string;
            details?: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            eventId?: string;
            /** Format: date-time */
            failedAt?: string;
            /** Format: uuid */
            memberId: string;
            message?: components["schemas"]["LocalizedTextView"];
            /** @enum {string} */
            status: "pending" | "admitted" | "failed";
        };
        FoundingViewFounderCount: {
            founders: number;
            states: number;
        };
        FoundingViewFounderOrganization: {
            /** @example staffing_agency */
            category: string;
            contacts: components["schemas"]["FoundingViewFounderOrganizationContacts"];
            /** @example RU */
            country: string;
            legalForm: components["schemas"]["LocalizedTextView"];
            name: components["schemas"]["LocalizedTextView"];
            nationalIdentifier: components["schemas"]["FoundingViewFounderOrganizationNationalIdentifier"];
        };
        FoundingViewFounderOrganizationContacts: {
            address: components["schemas"]["LocalizedTextView"] | null;
            /** @example office@severny-most.demo.example */
            email: string;
            /** @example +7 812 000-00-01 */
            phone: string | null;
        };
        FoundingViewFounderOrganizationNationalIdentifier: {
            /** @example RU_OGRN_INN */
            scheme: string;
            values: {
                [key: string]: string;
            };
        };
        FoundingViewFounderRepresentative: {
            /** @example head@severny-most.demo.example */
            email: string;
            name: components["schemas"]["LocalizedTextView"];
            position: components["schemas"]["LocalizedTextView"];
        };
        FoundingViewInitiative: {
            committee: components["schemas"]["FoundingCommitteeMemberView"][];
            initiator: components["schemas"]["FoundingViewInitiativeInitiator"];
            /** Format: date */
            launchedOn: string;
        };
        FoundingViewInitiativeInitiator: {
            /** @example RU */
            country: string;
            name: components["schemas"]["LocalizedTextView"];
        };
        FoundingViewRegistration: {
            filing: components["schemas"]["FoundingViewRegistrationFiling"] | null;
            filings: components["schemas"]["FoundingViewRegistrationFiling"][];
            refusals: components["schemas"]["RegistrationRefusalView"][];
            /** Format: date */
            registeredOn: string | null;
            /** @example ДЕМО-7800-2026-0001 */
            registrationNumber: string | null;
        };
        FoundingViewRegistrationFiling: {
            authority: components["schemas"]["LocalizedTextView"];
            /** Format: date */
            filedOn: string;
            /** @example ДЕМО-2026-0605 */
            reference: string;
        };
        FoundingViewRules: {
            assemblyQuorum: components["schemas"]["FoundingViewRulesAssemblyQuorum"];
            minFounders: number;
            minStates: number;
        };
        FoundingViewRulesAssemblyQuorum: {
            denominator: number;
            numerator: number;
        };
        FoundingViewStep: {
            blockers: components["schemas"]["ChecklistBlockerView"][];
            /** Format: date */
            date: string | null;
            done: boolean;
            /** @example initiative_launched */
            step: string;
            title: components["schemas"]["LocalizedTextView"];
        };
        GrantBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description SHA-256 of the signed document, hex
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            documentSha256: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * Format: uuid
             * @description The member organization whose representative will vote for the representative’s own
             * @example 5f0c2b7e-3a41-4c8e-9b1d-2e6a7c9d0f13
             */
            proxyOrganizationId: string;
            /**
             * @example {
             *       "kind": "body",
             *       "body": {
             *         "kind": "general_assembly"
             *       }
             *     }
             */
            scope: components["schemas"]["PowerScopeBody"];
            /**
             * @description From when the power holds (inclusive): an ISO 8601 timestamp with its offset
             * @example 2026-09-01T00:00:00Z
             */
            validFrom: string;
            /**
             * @description Until when the power holds (exclusive): an ISO 8601 timestamp with its offset
             * @example 2027-09-01T00:00:00Z
             */
            validUntil: string;
        };
        GroupOrganizationView: {
            /** @example UZ */
            country: string | null;
            name: components["schemas"]["LocalizedTextView"] | null;
            /** Format: uuid */
            organizationId: string;
            /** @example admitted */
            status: string | null;
        };
        GroupTextBody: {
            /** @example Working group on organized recruitment */
            en?: string | null;
            /** @example Рабочая группа по организованному набору */
            ru: string;
        };
        HealthIntegrityView: {
            /** Format: date-time */
            checkedAt: string | null;
            /** @example 931-73 */
            lastVerifiedPosition: string | null;
            /** @enum {string} */
            status: "unchecked" | "intact" | "broken";
        };
        HealthReportView: {
            database: components["schemas"]["HealthReportViewDatabase"];
            ledger: components["schemas"]["HealthReportViewLedger"];
            projections: components["schemas"]["HealthReportViewProjection"][];
            /** @enum {string} */
            status: "ok" | "unavailable" | "broken";
        };
        HealthReportViewDatabase: {
            embedded: boolean;
            /** @description Why the database is down */
            error?: string;
            /** @enum {string} */
            status: "up" | "down";
        };
        HealthReportViewLedger: {
            /** @example postgres */
            adapter: string;
            /** @description Why the ledger head or the projections could not be read */
            error?: string;
            /**
             * @description The global position of the last event
             * @example 931-73
             */
            head?: string;
            /** @description The background verification of the ledger */
            integrity?: components["schemas"]["HealthIntegrityView"];
        };
        HealthReportViewProjection: {
            /** @example 931-73 */
            checkpoint: string;
            lag: number;
            lastError: string | null;
            /** @example accounts */
            name: string;
            /** @enum {string} */
            state: "catching-up" | "live" | "failing" | "stopped";
        };
        InitiativeBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /** @description The organizing committee (at least one member) */
            committee: components["schemas"]["CommitteeMemberBody"][];
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            initiator: components["schemas"]["InitiatorBody"];
            /**
             * Format: date
             * @example 2026-04-15
             */
            launchedOn: string;
        };
        InitiatorBody: {
            /**
             * @description ISO 3166-1 alpha-2
             * @example RU
             */
            country: string;
            name: components["schemas"]["FoundingTextBody"];
        };
        IntegrityBreakView: {
            /** Format: uuid */
            eventId: string;
            /**
             * @description Absent from the log when the event itself is missing
             * @example 742-2
             */
            position: string | null;
            /** @example content does not match its hash: the event was changed */
            reason: string;
            /**
             * @description The record, `<kind>-<id>`: account-, member-, founding-association, working-group-, resolution-, ballot-<resolution id>_<organization id>, power-of-attorney-, addressee-, appeal-, outgoing-register-<year>
             * @example member-0b8f3a52-8c1e-4d0e-9d7e-3f0f6b1c2a11
             */
            streamId: string;
            version: number;
        };
        IssueApiTokenBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /** @example 2027-01-01T00:00:00Z */
            expiresAt?: string;
            /** @example Registry sync */
            name: string;
            /**
             * @example [
             *       "secretariat"
             *     ]
             */
            roles: ("admin" | "secretariat" | "representative" | "committee" | "auditor")[];
        };
        IssuedApiTokenView: {
            /** @description Ids of the events the command recorded */
            events: string[];
            /** @example 0b8f3a52-8c1e-4d0e-9d7e-3f0f6b1c2a11 */
            id: string;
            /**
             * @description Global position of the last event; pass it as ?minPosition= to read your write
             * @example 18342-977
             */
            position: string;
            /** @description accord_<id>_<secret>, shown in this answer only; null when the commandId was repeated */
            token: string | null;
            /** Format: uuid */
            tokenId: string;
            /**
             * @description The record's stream version after the command
             * @example 4
             */
            version: number;
        };
        JournalEntryView: {
            addressee: components["schemas"]["AppealAddresseeView"];
            /** Format: date */
            answeredOn: string | null;
            /** Format: uuid */
            appealId: string;
            /** @enum {string} */
            channel: "official_portal" | "post" | "email" | "courier";
            channelTitle: components["schemas"]["LocalizedTextView"];
            /** Format: date */
            dispatchedOn: string;
            /** Format: date */
            dueOn: string;
            dueOnIsEstimate: boolean;
            /** @example ОГ-14/2356 */
            incomingNumber: string | null;
            /** @enum {string|null} */
            outcome: "supported" | "partially_supported" | "declined" | "forwarded" | null;
            outcomeTitle: components["schemas"]["LocalizedTextView"] | null;
            /** @example 2026-0001 */
            outgoingNumber: string;
            /** Format: date */
            registeredOn: string | null;
            /** @example Олег Демидов */
            signedBy: string;
            subject: components["schemas"]["LocalizedTextView"];
        };
        JurisdictionExtensionView: {
            /**
             * @description How sure the figure is: read in the law, stated by a secondary source, recalled, or unknown
             * @enum {string}
             */
            certainty: "confirmed" | "secondary" | "recalled" | "unknown";
            /** @enum {string} */
            dayKind: "calendar" | "working";
            days: number;
            once: boolean;
            /** @example 59-FZ art. 12 part 2 */
            source: string;
        };
        JurisdictionPeriodView: {
            /**
             * @description How sure the figure is: read in the law, stated by a secondary source, recalled, or unknown
             * @enum {string}
             */
            certainty: "confirmed" | "secondary" | "recalled" | "unknown";
            /** @enum {string} */
            dayKind: "calendar" | "working";
            days: number;
            /** @example 59-FZ art. 8 part 2 */
            source: string;
        };
        JurisdictionPolicyView: {
            answer: components["schemas"]["JurisdictionPeriodView"] | null;
            /** @example KZ */
            calendar: string | null;
            /** @example RU */
            country: string | null;
            extension: components["schemas"]["JurisdictionExtensionView"] | null;
            forwarding: components["schemas"]["JurisdictionPeriodView"] | null;
            /** @example RU-59FZ */
            id: string;
            law: components["schemas"]["LocalizedTextView"] | null;
            movesOffNonWorkingDays: boolean;
            notes: components["schemas"]["LocalizedTextView"];
            /**
             * @description The event the period counts from (the day after it)
             * @enum {string}
             */
            periodStartsAt: "registration" | "receipt";
            registration: components["schemas"]["JurisdictionPeriodView"] | null;
            title: components["schemas"]["LocalizedTextView"];
        };
        KeyRotationView: {
            fingerprint: string;
            previousFingerprint: string;
            /** @description The new public key, base64 DER (SPKI) */
            publicKey: string;
            /** Format: date-time */
            rotatedAt: string;
        };
        LetterOfIntentBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * Format: uuid
             * @description The letter’s id, which also becomes the founder’s member id; derived from commandId when absent. Give the member id of an organization that already applied to the register to have it admitted on that application
             */
            letterId?: string;
            organization: components["schemas"]["FounderOrganizationBody"];
            /**
             * Format: date
             * @example 2026-04-20
             */
            receivedOn: string;
            /** @description The person who will act and vote for the founder */
            representative: components["schemas"]["FounderRepresentativeBody"];
        };
        LetterWithdrawalBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example {
             *       "ru": "Решение правления организации",
             *       "en": null
             *     }
             */
            reason?: components["schemas"]["FoundingTextBody"] | null;
            /**
             * Format: date
             * @example 2026-05-05
             */
            withdrawnOn: string;
        };
        LiveTallyView: {
            abstain: number;
            against: number;
            /** Format: date-time */
            closesAt: string;
            electorateSize: number;
            final: boolean;
            for: number;
            /**
             * @description What the outcome would be if voting closed now; final only once it has closed
             * @enum {string}
             */
            outcome: "adopted" | "rejected" | "failed_quorum";
            participants: number;
            /** @description Participants as a share of the electorate */
            participation: number;
            quorum: components["schemas"]["QuorumProgressView"];
            reason: components["schemas"]["LocalizedTextView"];
            /** Format: uuid */
            resolutionId: string;
            /** @enum {string} */
            rule: "simple_majority" | "qualified_two_thirds" | "unanimity";
            ruleTitle: components["schemas"]["LocalizedTextView"];
            /** @enum {string} */
            status: "draft" | "voting" | "closed" | "withdrawn";
        };
        LocalizedTextBody: {
            /** @example Primer Staffing Agency LLC */
            en?: string | null;
            /** @example ООО «Кадровое агентство Пример» */
            ru: string;
        };
        LocalizedTextView: {
            /** @example The text in English */
            en: string | null;
            /** @example Текст на русском языке */
            ru: string;
        };
        LoginBody: {
            /** @example secretariat@demo.accord.example */
            email: string;
            /** @example demo-secretariat-2026 */
            password: string;
        };
        MeetingBody: {
            /** @description Member organizations of the group that attended */
            attendeeOrganizationIds: string[];
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /** @example 2026-09-15 */
            date: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @description SHA-256 of the minutes, hex
             * @example 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
             */
            minutesSha256: string;
        };
        MemberCard: {
            admission: components["schemas"]["DecisionBasisView"] | null;
            /**
             * Format: date-time
             * @description When the admission was recorded
             */
            admittedAt: string | null;
            /**
             * Format: date
             * @description The legal date of the admission: the decision’s date, or the establishment for founders
             */
            admittedOn: string | null;
            /** Format: date-time */
            appliedAt: string;
            /** @enum {string} */
            category: "staffing_agency" | "private_employment_agency" | "employers_association" | "educational_organization" | "qualifications_council" | "research_expert_body" | "other_ngo";
            contacts: components["schemas"]["MemberCardContacts"];
            /**
             * @description ISO 3166-1 alpha-2
             * @example RU
             */
            country: string;
            history: components["schemas"]["MemberCardHistory"][];
            /**
             * Format: uuid
             * @description The member organization; its events are the stream member-<id>
             */
            id: string;
            legalForm: components["schemas"]["LocalizedTextView"];
            /** @enum {string|null} */
            membership: "full" | "observer" | null;
            name: components["schemas"]["LocalizedTextView"];
            nationalIdentifier: components["schemas"]["MemberCardNationalIdentifier"];
            /**
             * Format: uuid
             * @description The record of the organization’s later application, if it applied again
             */
            nextMemberId: string | null;
            /**
             * Format: uuid
             * @description The record of the same organization’s earlier application (re-application)
             */
            previousMemberId: string | null;
            representatives: components["schemas"]["MemberCardRepresentative"][];
            /** @enum {string} */
            status: "applied" | "rejected" | "admitted" | "suspended" | "expelled" | "withdrawn";
            statusHistory: components["schemas"]["MemberCardStatusHistory"][];
            statusTitle: components["schemas"]["LocalizedTextView"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        MemberCardContacts: {
            address: components["schemas"]["LocalizedTextView"] | null;
            /** @example office@bharat-placement.demo.example */
            email: string;
            phone: string | null;
        };
        MemberCardHistory: {
            /** @example system:demo */
            actorId: string;
            causationId: string | null;
            /** Format: uuid */
            commandId: string | null;
            /** @description The request id (X-Request-Id) or the event that caused this one */
            correlationId: string;
            data: {
                [key: string]: unknown;
            };
            decision: components["schemas"]["DecisionBasisView"] | null;
            /** Format: uuid */
            eventId: string;
            onBehalfOf: string | null;
            /** @example 854-29 */
            position: string;
            /** Format: date-time */
            recordedAt: string;
            /** @example MembershipApplicationSubmitted */
            type: string;
            version: number;
        };
        MemberCardNationalIdentifier: {
            /** @example IN */
            country: string;
            /** @example OTHER */
            scheme: string;
            values: {
                [key: string]: string;
            };
        };
        MemberCardRepresentative: {
            /** @example head@bharat-placement.demo.example */
            email: string;
            /** Format: uuid */
            id: string;
            name: components["schemas"]["LocalizedTextView"];
            position: components["schemas"]["LocalizedTextView"];
        };
        MemberCardStatusHistory: {
            /**
             * Format: date-time
             * @description When the act was recorded
             */
            at: string;
            decision: components["schemas"]["DecisionBasisView"] | null;
            /**
             * Format: date
             * @description The legal date of the act
             */
            effectiveOn: string;
            /** Format: uuid */
            eventId: string;
            /** @enum {string|null} */
            membership: "full" | "observer" | null;
            /** Format: date */
            noticeDate: string | null;
            reason: components["schemas"]["LocalizedTextView"] | null;
            /** @enum {string} */
            status: "applied" | "rejected" | "admitted" | "suspended" | "expelled" | "withdrawn";
            statusTitle: components["schemas"]["LocalizedTextView"];
        };
        MemberListItem: {
            /**
             * Format: date-time
             * @description When the admission was recorded
             */
            admittedAt: string | null;
            /**
             * Format: date
             * @description The legal date of the admission: the decision’s date, or the establishment for founders
             */
            admittedOn: string | null;
            /** @enum {string} */
            category: "staffing_agency" | "private_employment_agency" | "employers_association" | "educational_organization" | "qualifications_council" | "research_expert_body" | "other_ngo";
            /**
             * @description ISO 3166-1 alpha-2
             * @example RU
             */
            country: string;
            /**
             * Format: uuid
             * @description The member organization; its events are the stream member-<id>
             */
            id: string;
            /** @enum {string|null} */
            membership: "full" | "observer" | null;
            name: components["schemas"]["LocalizedTextView"];
            /**
             * Format: uuid
             * @description The record of the same organization’s earlier application (re-application)
             */
            previousMemberId: string | null;
            /** @enum {string} */
            status: "applied" | "rejected" | "admitted" | "suspended" | "expelled" | "withdrawn";
            statusTitle: components["schemas"]["LocalizedTextView"];
            version: number;
        };
        MemberStatistics: {
            counts: components["schemas"]["MemberStatisticsCount"][];
            total: number;
        };
        MemberStatisticsCount: {
            /** @enum {string} */
            category: "staffing_agency" | "private_employment_agency" | "employers_association" | "educational_organization" | "qualifications_council" | "research_expert_body" | "other_ngo";
            count: number;
            /** @example IN */
            country: string;
            /** @enum {string} */
            status: "applied" | "rejected" | "admitted" | "suspended" | "expelled" | "withdrawn";
            statusTitle: components["schemas"]["LocalizedTextView"];
        };
        MinutesBodyItem: {
            label: components["schemas"]["LocalizedTextView"];
            /** @description The body that voted */
            value: components["schemas"]["MinutesBodyValue"];
        };
        MinutesBodyValue: {
            body: components["schemas"]["VotingBodyView"];
            title: components["schemas"]["LocalizedTextView"];
        };
        MinutesCountedByItem: {
            label: components["schemas"]["LocalizedTextView"];
            /** @description Who counted the votes */
            value: components["schemas"]["LocalizedTextView"][];
        };
        MinutesDateAndTimeItem: {
            label: components["schemas"]["LocalizedTextView"];
            /** @description When voting opened, was due to close and closed */
            value: components["schemas"]["MinutesDateAndTimeValue"];
        };
        MinutesDateAndTimeValue: {
            /** Format: date-time */
            closedAt: string;
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            openedAt: string;
        };
        MinutesParticipantsItem: {
            label: components["schemas"]["LocalizedTextView"];
            /** @description The organizations that took part */
            value: components["schemas"]["MinutesParticipantView"][];
        };
        MinutesParticipantView: {
            /** @description null when the register does not know the organization */
            name: components["schemas"]["LocalizedTextView"] | null;
            /** Format: uuid */
            organizationId: string;
            /** @description The organization that voted for it under a power of attorney */
            proxy: components["schemas"]["ProxyReferenceView"] | null;
            proxyName: components["schemas"]["LocalizedTextView"] | null;
        };
        MinutesQuestionItem: {
            label: components["schemas"]["LocalizedTextView"];
            /** @description The question put to the vote */
            value: components["schemas"]["MinutesQuestionValue"];
        };
        MinutesQuestionValue: {
            text: components["schemas"]["LocalizedTextView"];
            textVersion: number;
            title: components["schemas"]["LocalizedTextView"];
        };
        MinutesRecordedAgainstItem: {
            label: components["schemas"]["LocalizedTextView"];
            /** @description Who voted against and asked for it to be recorded */
            value: components["schemas"]["OrganizationNameView"][];
        };
        MinutesResultItem: {
            label: components["schemas"]["LocalizedTextView"];
            /** @description The result of the vote */
            value: components["schemas"]["MinutesResultValue"];
        };
        MinutesResultValue: {
            abstain: number;
            against: number;
            electorateSize: number;
            for: number;
            /** @enum {string} */
            outcome: "adopted" | "rejected" | "failed_quorum";
            outcomeTitle: components["schemas"]["LocalizedTextView"];
            participants: number;
            quorum: components["schemas"]["ThresholdView"];
            quorumReached: boolean;
            quorumTitle: components["schemas"]["LocalizedTextView"];
            reason: components["schemas"]["LocalizedTextView"];
            /** @enum {string} */
            rule: "simple_majority" | "qualified_two_thirds" | "unanimity";
            ruleTitle: components["schemas"]["LocalizedTextView"];
        };
        MinutesVenueItem: {
            label: components["schemas"]["LocalizedTextView"];
            /** @description Where the vote was held */
            value: components["schemas"]["MinutesVenueValue"];
        };
        MinutesVenueValue: {
            description: components["schemas"]["LocalizedTextView"];
            venue: components["schemas"]["VenueView"];
        };
        MinutesView: {
            body: components["schemas"]["MinutesBodyItem"];
            countedBy: components["schemas"]["MinutesCountedByItem"];
            dateAndTime: components["schemas"]["MinutesDateAndTimeItem"];
            heading: components["schemas"]["LocalizedTextView"];
            participants: components["schemas"]["MinutesParticipantsItem"];
            question: components["schemas"]["MinutesQuestionItem"];
            recordedAgainst: components["schemas"]["MinutesRecordedAgainstItem"];
            /** Format: uuid */
            resolutionId: string;
            result: components["schemas"]["MinutesResultItem"];
            venue: components["schemas"]["MinutesVenueItem"];
        };
        NameBody: {
            /** @example Working group on organized recruitment */
            en: string;
            /** @example Рабочая группа по организованному набору */
            ru: string;
        };
        NationalIdentifierBody: {
            /**
             * @description The country that issued it; the organization’s country when left out
             * @example RU
             */
            country?: string;
            /**
             * @description The scheme of the country (RU_OGRN_INN, KZ_BIN, UZ_STIR, KG_INN, TJ_INN; OTHER elsewhere); the country’s own when left out
             * @example RU_OGRN_INN
             * @enum {string}
             */
            scheme?: "RU_OGRN_INN" | "KZ_BIN" | "UZ_STIR" | "KG_INN" | "TJ_INN" | "OTHER";
            /**
             * @description RU: ogrn and inn; KZ: bin; UZ: stir; KG and TJ: inn; other countries: registryId
             * @example {
             *       "ogrn": "1267700000017",
             *       "inn": "7700000016"
             *     }
             */
            values: {
                [key: string]: string;
            };
        };
        OfficerBody: {
            name: components["schemas"]["FoundingTextBody"];
            /**
             * Format: uuid
             * @description The letter of the present founder this person represents
             */
            representing?: string | null;
        };
        OpeningBody: {
            /**
             * @description When voting closes: an ISO 8601 timestamp with its offset
             * @example 2026-09-17T18:00:00Z
             */
            closesAt: string;
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description Who counts the votes (Civil Code art. 181.2 p. 4)
             * @example [
             *       {
             *         "ru": "Секретарь собрания И. И. Иванова",
             *         "en": "I. I. Ivanova, secretary"
             *       }
             *     ]
             */
            countedBy: components["schemas"]["ResolutionTextBody"][];
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            venue: components["schemas"]["VenueBody"];
        };
        OrganizationBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /** Format: uuid */
            organizationId: string;
        };
        OrganizationNameView: {
            /** @description null when the register does not know the organization */
            name: components["schemas"]["LocalizedTextView"] | null;
            /** Format: uuid */
            organizationId: string;
        };
        OverdueDeliverableView: {
            daysOverdue: number;
            /** @example recommendations-ipa-cis */
            deliverableId: string;
            /** Format: date */
            dueDate: string;
            title: components["schemas"]["LocalizedTextView"];
            /** Format: uuid */
            workingGroupId: string;
            workingGroupName: components["schemas"]["LocalizedTextView"];
        };
        PasswordBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /** @description Required when changing one’s own password */
            currentPassword?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            password: string;
        };
        PowerEndCauseView: {
            /**
             * Format: uuid
             * @description The membership event that ended the power
             */
            eventId: string;
            /** @enum {string} */
            kind: "member_suspended" | "member_expelled" | "membership_withdrawn";
            /**
             * Format: uuid
             * @description The party (principal or proxy) that lost its vote
             */
            organizationId: string;
        };
        PowerOfAttorneyView: {
            /** @description Granted, not revoked, and within its validity window now */
            active: boolean;
            /** @description SHA-256 of the signed document, hex */
            documentSha256: string;
            endCause: components["schemas"]["PowerEndCauseView"] | null;
            /**
             * Format: date-time
             * @description When the power ended because a party lost its vote
             */
            endedAt: string | null;
            /** Format: date-time */
            grantedAt: string;
            /** @description The account that granted it */
            grantedBy: string;
            /**
             * Format: uuid
             * @description The power; its events are the stream power-of-attorney-<id>
             */
            id: string;
            /** Format: uuid */
            principalOrganizationId: string;
            /** Format: uuid */
            proxyOrganizationId: string;
            revocationReason: components["schemas"]["LocalizedTextView"] | null;
            /** Format: date-time */
            revokedAt: string | null;
            revokedBy: string | null;
            scope: components["schemas"]["PowerScopeView"];
            /** @enum {string} */
            status: "granted" | "revoked";
            /** Format: date-time */
            validFrom: string;
            /** Format: date-time */
            validUntil: string;
            version: number;
        };
        PowerScopeBody: {
            /**
             * @description For kind "body"
             * @example {
             *       "kind": "general_assembly"
             *     }
             */
            body?: components["schemas"]["VotingBodyBody"];
            /**
             * @description Every vote of one body, or one resolution only
             * @example body
             * @enum {string}
             */
            kind: "body" | "resolution";
            /**
             * Format: uuid
             * @description For kind "resolution"
             */
            resolutionId?: string;
        };
        PowerScopeView: {
            /** @description body: every vote of this body */
            body?: components["schemas"]["VotingBodyView"];
            /** @enum {string} */
            kind: "body" | "resolution";
            /**
             * Format: uuid
             * @description resolution: this vote only
             */
            resolutionId?: string;
        };
        PresentFounderBody: {
            /**
             * @description The vote on establishing the Association
             * @enum {string}
             */
            establishmentVote: "for" | "against" | "abstain";
            /** Format: uuid */
            letterId: string;
            /** @description The person who spoke and voted for the founder */
            representedBy: components["schemas"]["FoundingTextBody"];
        };
        ProxyReferenceView: {
            /** Format: uuid */
            powerOfAttorneyId: string;
            /**
             * Format: uuid
             * @description The organization that voted under the power
             */
            proxyOrganizationId: string;
        };
        PublicKeyView: {
            /** @enum {string} */
            algorithm: "Ed25519";
            /** @description SHA-256 of the DER public key, hex */
            fingerprint: string;
            /** @description The public key as PEM */
            pem: string;
            /** @description The public key, base64 DER (SPKI) */
            publicKey: string;
        };
        QuorumProgressView: {
            /** @enum {string} */
            comparison: "more_than" | "at_least";
            /** @example 2 */
            denominator: number;
            /** @example 1 */
            numerator: number;
            reached: boolean;
            title: components["schemas"]["LocalizedTextView"];
        };
        RefreshBody: {
            /** @description The refresh token of the last sign-in or refresh (each is valid once); a browser sends its cookie instead */
            refreshToken?: string;
        };
        RegistrationBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * Format: date
             * @example 2026-07-15
             */
            registeredOn: string;
            /**
             * @description The number of the entry in the state register
             * @example ДЕМО-7800-2026-0001
             */
            registrationNumber: string;
        };
        RegistrationFilingBody: {
            /**
             * @example {
             *       "ru": "Министерство юстиции Российской Федерации",
             *       "en": "Ministry of Justice of the Russian Federation"
             *     }
             */
            authority: components["schemas"]["FoundingTextBody"];
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * Format: date
             * @example 2026-06-10
             */
            filedOn: string;
            /**
             * @description The authority’s incoming number, if known
             * @example ДЕМО-2026/0610
             */
            reference?: string | null;
        };
        RegistrationRefusalBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example {
             *       "ru": "Несоответствие устава требованиям закона",
             *       "en": "The charter does not meet the law"
             *     }
             */
            reason: components["schemas"]["FoundingTextBody"];
            /**
             * Format: date
             * @example 2026-07-01
             */
            refusedOn: string;
        };
        RegistrationRefusalView: {
            reason: components["schemas"]["LocalizedTextView"];
            /** Format: date */
            refusedOn: string;
        };
        RejectionBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example {
             *       "ru": "Не представлены учредительные документы",
             *       "en": "Founding documents were not provided"
             *     }
             */
            reason: components["schemas"]["LocalizedTextBody"];
        };
        RepresentativeBody: {
            /** @example m.sokolova@kadry.example.ru */
            email: string;
            /**
             * @example {
             *       "ru": "Мария Соколова",
             *       "en": "Maria Sokolova"
             *     }
             */
            name: components["schemas"]["LocalizedTextBody"];
            /**
             * @example {
             *       "ru": "генеральный директор",
             *       "en": "chief executive"
             *     }
             */
            position: components["schemas"]["LocalizedTextBody"];
        };
        ResolutionListItem: {
            body: components["schemas"]["VotingBodyView"];
            bodyTitle: components["schemas"]["LocalizedTextView"];
            /**
             * Format: date-time
             * @description null until voting opens
             */
            closesAt: string | null;
            /** Format: date-time */
            draftedAt: string;
            /**
             * Format: uuid
             * @description The resolution; its events are the stream resolution-<id>, each ballot the stream ballot-<id>_<organization id>
             */
            id: string;
            /** @enum {string|null} */
            outcome: "adopted" | "rejected" | "failed_quorum" | null;
            /** @enum {string} */
            rule: "simple_majority" | "qualified_two_thirds" | "unanimity";
            /** @enum {string} */
            status: "draft" | "voting" | "closed" | "withdrawn";
            textVersion: number;
            title: components["schemas"]["LocalizedTextView"];
            version: number;
        };
        ResolutionTextBody: {
            /** @example On the expulsion of a member organization */
            en?: string | null;
            /** @example Об исключении организации из членов Объединения */
            ru: string;
        };
        ResolutionView: {
            ballots: components["schemas"]["BallotView"][];
            body: components["schemas"]["VotingBodyView"];
            bodyTitle: components["schemas"]["LocalizedTextView"];
            /**
             * Format: date-time
             * @description null until voting opens
             */
            closesAt: string | null;
            consequence: components["schemas"]["ConsequenceView"] | null;
            /** Format: date-time */
            draftedAt: string;
            electorate: components["schemas"]["OrganizationNameView"][];
            /**
             * Format: uuid
             * @description The resolution; its events are the stream resolution-<id>, each ballot the stream ballot-<id>_<organization id>
             */
            id: string;
            motion: (components["schemas"]["AdmitMemberMotion"] | components["schemas"]["SuspendMemberMotion"] | components["schemas"]["ExpelMemberMotion"] | components["schemas"]["EstablishWorkingGroupMotion"] | components["schemas"]["DissolveWorkingGroupMotion"] | components["schemas"]["AdoptCharterDraftMotion"] | components["schemas"]["AuthorizeAppealMotion"] | components["schemas"]["ElectCouncilMotion"]) | null;
            /** @enum {string|null} */
            outcome: "adopted" | "rejected" | "failed_quorum" | null;
            quorum: components["schemas"]["ThresholdView"];
            result: components["schemas"]["VotingResultView"] | null;
            /** @enum {string} */
            rule: "simple_majority" | "qualified_two_thirds" | "unanimity";
            /** @enum {string} */
            status: "draft" | "voting" | "closed" | "withdrawn";
            text: components["schemas"]["LocalizedTextView"];
            textVersion: number;
            title: components["schemas"]["LocalizedTextView"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            versions: components["schemas"]["TextVersionView"][];
            voting: components["schemas"]["VotingArrangementsView"] | null;
            withdrawal: components["schemas"]["WithdrawalView"] | null;
        };
        ResolutionWithdrawalBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example {
             *       "ru": "Вопрос снят с повестки",
             *       "en": "Taken off the agenda"
             *     }
             */
            reason: components["schemas"]["ResolutionTextBody"];
        };
        RevocationBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example {
             *       "ru": "Доверенность отозвана доверителем",
             *       "en": "Revoked by the principal"
             *     }
             */
            reason: components["schemas"]["ResolutionTextBody"];
        };
        SessionAccountView: {
            /** @example secretariat@demo.accord.example */
            email: string;
            /**
             * Format: uuid
             * @description The account; its events are the stream account-<id>
             */
            id: string;
            /**
             * Format: uuid
             * @description The member organization a representative acts for
             */
            organizationId: string | null;
            roles: ("admin" | "secretariat" | "representative" | "committee" | "auditor")[];
        };
        SessionView: {
            /** @description Bearer access token */
            accessToken: string;
            account: components["schemas"]["SessionAccountView"];
            /**
             * @description Seconds the access token lives
             * @example 900
             */
            expiresIn: number;
            /** @description Single-use refresh token; absent for a browser sign-in (`X-Accord-Session: cookie`), which gets it as an HttpOnly cookie */
            refreshToken?: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        SignatoryBody: {
            /** @example Иванова Мария Петровна */
            name: string;
            /**
             * @example {
             *       "ru": "Председатель Совета",
             *       "en": "Chair of the Council"
             *     }
             */
            position: components["schemas"]["AppealTextBody"];
        };
        SignatureBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            signatory: components["schemas"]["SignatoryBody"];
            /**
             * @description The date of the signature: not in the future, not before the approval; today when left out
             * @example 2026-05-11
             */
            signedOn?: string;
        };
        SuspendMemberMotion: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "suspend_member";
            /** Format: uuid */
            memberId: string;
            reason: components["schemas"]["LocalizedTextView"];
        };
        SuspensionBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            decision: components["schemas"]["DecisionBody"];
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @example {
             *       "ru": "Неуплата членских взносов",
             *       "en": "Membership fees unpaid"
             *     }
             */
            reason: components["schemas"]["LocalizedTextBody"];
        };
        TextVersionView: {
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            eventId: string;
            text: components["schemas"]["LocalizedTextView"];
            version: number;
        };
        ThresholdBody: {
            /**
             * @example more_than
             * @enum {string}
             */
            comparison: "more_than" | "at_least";
            /** @example 2 */
            denominator: number;
            /** @example 1 */
            numerator: number;
        };
        ThresholdView: {
            /** @enum {string} */
            comparison: "more_than" | "at_least";
            /** @example 2 */
            denominator: number;
            /** @example 1 */
            numerator: number;
        };
        VenueBody: {
            /**
             * @description For kind "place"
             * @example {
             *       "ru": "Москва, ул. Примерная, 1",
             *       "en": "Moscow, 1 Primernaya St."
             *     }
             */
            address?: components["schemas"]["ResolutionTextBody"];
            /**
             * @example online
             * @enum {string}
             */
            kind: "place" | "online";
            /**
             * @description For kind "online"
             * @example https://vote.example.org/assembly-3
             */
            url?: string;
        };
        VenueView: {
            /** @description Only for a place */
            address?: components["schemas"]["LocalizedTextView"];
            /** @enum {string} */
            kind: "place" | "online";
            /**
             * @description Only online
             * @example https://meet.example/assembly
             */
            url?: string;
        };
        VerificationStateView: {
            /** @description Appends whose signature was checked (signed PostgreSQL ledger) */
            appendsSigned?: number;
            /** Format: date-time */
            checkedAt: string | null;
            eventsChecked: number;
            eventsSealed: number;
            firstBreak: components["schemas"]["IntegrityBreakView"] | null;
            intact: boolean;
            /** @description Fingerprint of the key in force at the end of the ledger */
            keyFingerprint?: string | null;
            /**
             * @description The last position checked
             * @example 931-73
             */
            lastPosition?: string | null;
            /** @description The ordinal of the last link of the global chain covered by a seal */
            lastSealedOrdinal?: string;
            /** @example 931-73 */
            lastSealedPosition?: string | null;
            /** @example 931-73 */
            lastVerifiedPosition: string | null;
            /**
             * @description Which pass gave the report
             * @enum {string|null}
             */
            pass: "full" | "incremental" | null;
            /** @description Hex hash of the last global seal (null: nothing sealed yet) */
            sealHead: string | null;
            /** @description Signed global seals checked */
            sealsChecked?: number;
            /** @description Whether signatures were checked (a public key was known) */
            signaturesChecked?: boolean;
            /** @enum {string} */
            status: "unchecked" | "intact" | "broken";
            streamsChecked: number;
        };
        VotingArrangementsView: {
            /** Format: date-time */
            closesAt: string;
            countedBy: components["schemas"]["LocalizedTextView"][];
            /** @description The full, non-suspended members of the body when voting opened */
            electorate: string[];
            /** Format: date-time */
            openedAt: string;
            quorum: components["schemas"]["ThresholdView"];
            /** @enum {string} */
            rule: "simple_majority" | "qualified_two_thirds" | "unanimity";
            textVersion: number;
            venue: components["schemas"]["VenueView"];
        };
        VotingBodyBody: {
            /**
             * @example general_assembly
             * @enum {string}
             */
            kind: "general_assembly" | "council" | "working_group";
            /**
             * Format: uuid
             * @description For kind "working_group": the group whose members vote
             */
            workingGroupId?: string;
        };
        VotingBodyView: {
            /** @enum {string} */
            kind: "general_assembly" | "council" | "working_group";
            /**
             * Format: uuid
             * @description Only for a working group
             */
            workingGroupId?: string;
        };
        VotingRecordEntryView: {
            body: components["schemas"]["VotingBodyView"];
            bodyTitle: components["schemas"]["LocalizedTextView"];
            byProxy: boolean;
            /** @enum {string} */
            choice: "for" | "against" | "abstain" | "did_not_vote";
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            closesAt: string | null;
            /** @enum {string|null} */
            outcome: "adopted" | "rejected" | "failed_quorum" | null;
            outcomeTitle: components["schemas"]["LocalizedTextView"] | null;
            proxy: components["schemas"]["ProxyReferenceView"] | null;
            /** Format: uuid */
            resolutionId: string;
            /** @enum {string} */
            status: "draft" | "voting" | "closed" | "withdrawn";
            title: components["schemas"]["LocalizedTextView"];
        };
        VotingResultView: {
            abstain: number;
            against: number;
            /** Format: date-time */
            closedAt: string;
            counted: components["schemas"]["CountedBallotView"][];
            electorateSize: number;
            for: number;
            /** @description Ballots of organizations outside the electorate, which count for nothing */
            ignoredBallotIds: string[];
            /** @enum {string} */
            outcome: "adopted" | "rejected" | "failed_quorum";
            outcomeTitle: components["schemas"]["LocalizedTextView"];
            participants: number;
            quorumReached: boolean;
            reason: components["schemas"]["LocalizedTextView"];
            recordedAgainstIds: string[];
        };
        VotingRuleBody: {
            /** @enum {string} */
            body: "general_assembly" | "council";
            /**
             * @description A stable key of the question
             * @example charter_amendment
             */
            question: string;
            /** @enum {string} */
            rule: "unanimity" | "qualified_majority";
            /**
             * @example {
             *       "ru": "Изменение устава",
             *       "en": "Amending the charter"
             *     }
             */
            title: components["schemas"]["FoundingTextBody"];
        };
        WithdrawalBody: {
            /**
             * Format: uuid
             * @description Idempotency key: repeating it repeats nothing and returns the first answer
             */
            commandId?: string;
            /**
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @description The date of the notice of withdrawal
             * @example 2026-06-15
             */
            noticeDate: string;
        };
        WithdrawalView: {
            reason: components["schemas"]["LocalizedTextView"];
            /** Format: date-time */
            withdrawnAt: string;
        };
        WorkingGroupListItem: {
            /** Format: uuid */
            chairOrganizationId: string;
            /**
             * Format: date-time
             * @description When the establishment was recorded
             */
            establishedAt: string;
            /**
             * Format: date
             * @description The legal date: the day of the decision that established the group
             */
            establishedOn: string;
            /**
             * Format: uuid
             * @description The working group; its events are the stream working-group-<id>
             */
            id: string;
            memberCount: number;
            name: components["schemas"]["LocalizedTextView"];
            openDeliverables: number;
            overdueDeliverables: number;
            /** @enum {string} */
            status: "active" | "dissolved";
            version: number;
        };
        WorkingGroupView: {
            chair: components["schemas"]["GroupOrganizationView"];
            deliverables: components["schemas"]["WorkingGroupViewDeliverable"][];
            dissolution: components["schemas"]["DecisionBasisView"] | null;
            /**
             * Format: date-time
             * @description When the dissolution was recorded
             */
            dissolvedAt: string | null;
            /**
             * Format: date
             * @description The legal date of the dissolution
             */
            dissolvedOn: string | null;
            /**
             * Format: date-time
             * @description When the establishment was recorded
             */
            establishedAt: string;
            establishedBy: components["schemas"]["DecisionBasisView"];
            /**
             * Format: date
             * @description The legal date: the day of the decision that established the group
             */
            establishedOn: string;
            /**
             * Format: uuid
             * @description The working group; its events are the stream working-group-<id>
             */
            id: string;
            mandate: components["schemas"]["LocalizedTextView"];
            meetings: components["schemas"]["WorkingGroupViewMeeting"][];
            members: components["schemas"]["WorkingGroupViewMember"][];
            name: components["schemas"]["LocalizedTextView"];
            /** @enum {string} */
            status: "active" | "dissolved";
            version: number;
        };
        WorkingGroupViewDeliverable: {
            /** Format: date */
            deliveredOn: string | null;
            documentSha256: string | null;
            /** Format: date */
            dueDate: string;
            /** @example recommendations-ipa-cis */
            id: string;
            /** @enum {string} */
            status: "open" | "delivered" | "overdue";
            title: components["schemas"]["LocalizedTextView"];
        };
        WorkingGroupViewMeeting: {
            attendees: components["schemas"]["GroupOrganizationView"][];
            /** Format: date */
            date: string;
            /** Format: uuid */
            id: string;
            minutesSha256: string;
        };
        WorkingGroupViewMember: {
            /** @example UZ */
            country: string | null;
            /** Format: date-time */
            joinedAt: string;
            name: components["schemas"]["LocalizedTextView"] | null;
            /** Format: uuid */
            organizationId: string;
            /** @example admitted */
            status: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AccountsController_list: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                /** @description Part of the name or e-mail */
                q?: string;
                role?: "admin" | "secretariat" | "representative" | "committee" | "auditor";
                status?: "active" | "deactivated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AccountView"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_get: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, representative, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiTokenView"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_issueApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueApiTokenBody"];
            };
        };
        responses: {
            /** @description The command answer with the token, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiTokenView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeactivationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_changeOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOrganizationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, representative, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_changeRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRolesBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AddresseeQueriesController_list: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description ISO 3166-1 alpha-2, or "interstate" */
                country?: string;
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                kind?: "ministry" | "agency" | "parliament" | "interstate_body" | "ngo";
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                policyId?: "RU-59FZ" | "RU-59FZ-MIGRATION" | "KZ-APPK" | "UZ-ZRU-445" | "KG-67" | "TJ-1339" | "EXPECTED-DATE";
                /** @description Part of the Russian or English name, in any case */
                q?: string;
                /** @description Only retired bodies, or only those still written to */
                retired?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AddresseeListItem"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AddresseesController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddresseeRegistrationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AddresseeQueriesController_get: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddresseeView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AddresseesController_retire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddresseeRetirementBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AddresseesController_revise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddresseeRevisionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AddresseeQueriesController_policies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["JurisdictionPolicyView"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealQueriesController_list: {
        parameters: {
            query?: {
                /** @description Appeals addressed to this body or now held by it (after forwarding) */
                addresseeId?: string;
                /** @description The day statuses are placed against (what is due soon or overdue on that day); today in the Association’s time zone when left out */
                asOf?: string;
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description The country of the body now holding the appeal: ISO 3166-1 alpha-2, or "interstate" */
                country?: string;
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                /** @description Only appeals due before this date (not on it) */
                dueBefore?: string;
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                /** @description Only appeals dispatched in this year */
                outgoingYear?: number;
                /** @description Part of the subject, Russian or English, in any case (ё and е alike) */
                q?: string;
                stage?: "draft" | "approved" | "signed" | "dispatched" | "registered" | "answered" | "closed";
                /** @description The deadline status on `asOf` */
                status?: "not_dispatched" | "not_due" | "due_soon" | "overdue" | "very_overdue" | "answered_on_time" | "answered_late" | "closed_unanswered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of appeals */
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AppealListItem"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsController_draft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealDraftBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealQueriesController_get: {
        parameters: {
            query?: {
                /** @description The day statuses are placed against (what is due soon or overdue on that day); today in the Association’s time zone when left out */
                asOf?: string;
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appeal */
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1b6c2e-8d4a-4e5f-9a7b-1c2d3e4f5a6b",
                     *       "stage": "registered",
                     *       "stageTitle": {
                     *         "ru": "Зарегистрировано адресатом",
                     *         "en": "Registered by the addressee"
                     *       },
                     *       "status": "due_soon",
                     *       "statusTitle": {
                     *         "ru": "Срок истекает",
                     *         "en": "Due soon"
                     *       },
                     *       "subject": {
                     *         "ru": "Об организованном наборе трудящихся-мигрантов",
                     *         "en": "On the organized recruitment of migrant workers"
                     *       },
                     *       "addressee": {
                     *         "id": "5d2c9a1e-4b3f-4c6d-8e7f-9a0b1c2d3e4f",
                     *         "name": {
                     *           "ru": "Министерство внутренних дел Российской Федерации",
                     *           "en": "Ministry of Internal Affairs of Russia"
                     *         },
                     *         "country": "RU"
                     *       },
                     *       "holder": {
                     *         "id": "5d2c9a1e-4b3f-4c6d-8e7f-9a0b1c2d3e4f",
                     *         "name": {
                     *           "ru": "Министерство внутренних дел Российской Федерации",
                     *           "en": "Ministry of Internal Affairs of Russia"
                     *         },
                     *         "country": "RU"
                     *       },
                     *       "resolutionId": null,
                     *       "followUpOf": null,
                     *       "followUpIds": [],
                     *       "outgoingNumber": "2026-0014",
                     *       "dispatchedOn": "2026-04-17",
                     *       "channel": "official_portal",
                     *       "channelTitle": {
                     *         "ru": "Официальный портал",
                     *         "en": "Official portal"
                     *       },
                     *       "registeredOn": "2026-04-20",
                     *       "incomingNumber": "3/226104512345",
                     *       "forwardedCount": 0,
                     *       "lastForwardedOn": null,
                     *       "answeredOn": null,
                     *       "outcome": null,
                     *       "outcomeTitle": null,
                     *       "answerReference": null,
                     *       "closed": false,
                     *       "deadlines": {
                     *         "policyId": "RU-59FZ",
                     *         "registrationDueOn": "2026-04-20",
                     *         "periodStartsOn": "2026-04-20",
                     *         "dueOn": "2026-05-20",
                     *         "dueOnBasis": "statute",
                     *         "isEstimate": false,
                     *         "estimateReasons": [],
                     *         "dueSoonFrom": "2026-05-13",
                     *         "veryOverdueFrom": "2026-06-20",
                     *         "answeredLate": null,
                     *         "closedUnanswered": false
                     *       },
                     *       "version": 5,
                     *       "createdAt": "2026-04-10T08:15:00.000Z",
                     *       "updatedAt": "2026-04-21T10:02:00.000Z",
                     *       "signatory": {
                     *         "name": "Иванова А. П.",
                     *         "position": {
                     *           "ru": "Председатель",
                     *           "en": "Chair"
                     *         }
                     *       },
                     *       "reminders": [],
                     *       "timeline": [
                     *         {
                     *           "version": 1,
                     *           "eventId": "8a7b6c5d-4e3f-4a1b-9c2d-3e4f5a6b7c8d",
                     *           "type": "AppealDrafted",
                     *           "recordedAt": "2026-04-10T08:15:00.000Z",
                     *           "actorId": "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5",
                     *           "onBehalfOf": null,
                     *           "correlationId": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
                     *           "causationId": null,
                     *           "position": "18342-977",
                     *           "data": {
                     *             "addresseeId": "5d2c9a1e-4b3f-4c6d-8e7f-9a0b1c2d3e4f",
                     *             "subject": {
                     *               "ru": "Об организованном наборе трудящихся-мигрантов",
                     *               "en": "On the organized recruitment of migrant workers"
                     *             },
                     *             "followUpOf": null
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosureBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsController_dispatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsController_expectAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpectedAnswerBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsController_extend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsController_followUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealContentBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsController_forward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardingBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealRegistrationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsController_revise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealContentBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsController_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignatureBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealQueriesController_journalPage: {
        parameters: {
            query: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                /** @description The year of dispatch */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the journal */
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["JournalEntryView"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealQueriesController_journalFile: {
        parameters: {
            query: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                /** @description The year of dispatch */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file */
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie` for a browser: the refresh token is set as an HttpOnly, SameSite=Strict cookie instead of being returned */
                "x-accord-session"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginBody"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_CREDENTIALS: wrong e-mail or password, or the account is deactivated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many failed sign-ins; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie` for a browser: the refresh token is set as an HttpOnly, SameSite=Strict cookie instead of being returned */
                "x-accord-session"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshBody"];
            };
        };
        responses: {
            /** @description Signed out (also for unknown tokens) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorView"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, representative, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie` for a browser: the refresh token is set as an HttpOnly, SameSite=Strict cookie instead of being returned */
                "x-accord-session"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshBody"];
            };
        };
        responses: {
            /** @description A new pair */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description REFRESH_TOKEN_INVALID, REFRESH_TOKEN_EXPIRED, REFRESH_TOKEN_REVOKED or REFRESH_TOKEN_REUSED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CROSS_SITE_REFUSED: a cookie refresh without the header or from another origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CouncilController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilView"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsDashboardController_appeals: {
        parameters: {
            query?: {
                /** @description The day statuses are placed against (what is due soon or overdue on that day); today in the Association’s time zone when left out */
                asOf?: string;
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                /** @description How many appeals each list of the dashboard shows */
                top?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard */
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "asOf": "2026-05-25",
                     *       "total": 12,
                     *       "byStatus": [
                     *         {
                     *           "status": "overdue",
                     *           "title": {
                     *             "ru": "Срок ответа пропущен",
                     *             "en": "Overdue"
                     *           },
                     *           "count": 1
                     *         }
                     *       ],
                     *       "byStage": [
                     *         {
                     *           "stage": "registered",
                     *           "title": {
                     *             "ru": "Зарегистрировано адресатом",
                     *             "en": "Registered by the addressee"
                     *           },
                     *           "count": 3
                     *         }
                     *       ],
                     *       "overdue": [],
                     *       "dueSoon": [
                     *         {
                     *           "id": "3f1b6c2e-8d4a-4e5f-9a7b-1c2d3e4f5a6b",
                     *           "stage": "registered",
                     *           "stageTitle": {
                     *             "ru": "Зарегистрировано адресатом",
                     *             "en": "Registered by the addressee"
                     *           },
                     *           "status": "due_soon",
                     *           "statusTitle": {
                     *             "ru": "Срок истекает",
                     *             "en": "Due soon"
                     *           },
                     *           "subject": {
                     *             "ru": "Об организованном наборе трудящихся-мигрантов",
                     *             "en": "On the organized recruitment of migrant workers"
                     *           },
                     *           "addressee": {
                     *             "id": "5d2c9a1e-4b3f-4c6d-8e7f-9a0b1c2d3e4f",
                     *             "name": {
                     *               "ru": "Министерство внутренних дел Российской Федерации",
                     *               "en": "Ministry of Internal Affairs of Russia"
                     *             },
                     *             "country": "RU"
                     *           },
                     *           "holder": {
                     *             "id": "5d2c9a1e-4b3f-4c6d-8e7f-9a0b1c2d3e4f",
                     *             "name": {
                     *               "ru": "Министерство внутренних дел Российской Федерации",
                     *               "en": "Ministry of Internal Affairs of Russia"
                     *             },
                     *             "country": "RU"
                     *           },
                     *           "resolutionId": null,
                     *           "followUpOf": null,
                     *           "followUpIds": [],
                     *           "outgoingNumber": "2026-0014",
                     *           "dispatchedOn": "2026-04-17",
                     *           "channel": "official_portal",
                     *           "channelTitle": {
                     *             "ru": "Официальный портал",
                     *             "en": "Official portal"
                     *           },
                     *           "registeredOn": "2026-04-20",
                     *           "incomingNumber": "3/226104512345",
                     *           "forwardedCount": 0,
                     *           "lastForwardedOn": null,
                     *           "answeredOn": null,
                     *           "outcome": null,
                     *           "outcomeTitle": null,
                     *           "answerReference": null,
                     *           "closed": false,
                     *           "deadlines": {
                     *             "policyId": "RU-59FZ",
                     *             "registrationDueOn": "2026-04-20",
                     *             "periodStartsOn": "2026-04-20",
                     *             "dueOn": "2026-05-20",
                     *             "dueOnBasis": "statute",
                     *             "isEstimate": false,
                     *             "estimateReasons": [],
                     *             "dueSoonFrom": "2026-05-13",
                     *             "veryOverdueFrom": "2026-06-20",
                     *             "answeredLate": null,
                     *             "closedUnanswered": false
                     *           },
                     *           "version": 5,
                     *           "createdAt": "2026-04-10T08:15:00.000Z",
                     *           "updatedAt": "2026-04-21T10:02:00.000Z"
                     *         }
                     *       ],
                     *       "byAddressee": [
                     *         {
                     *           "addressee": {
                     *             "id": "5d2c9a1e-4b3f-4c6d-8e7f-9a0b1c2d3e4f",
                     *             "name": {
                     *               "ru": "Министерство внутренних дел Российской Федерации",
                     *               "en": "Ministry of Internal Affairs of Russia"
                     *             },
                     *             "country": "RU"
                     *           },
                     *           "open": 3,
                     *           "overdue": 1,
                     *           "answered": 4,
                     *           "answeredLate": 1,
                     *           "medianDaysToAnswer": 27.5,
                     *           "answeredLateRate": 0.25
                     *         }
                     *       ],
                     *       "byCountry": [
                     *         {
                     *           "country": "RU",
                     *           "open": 3,
                     *           "overdue": 1,
                     *           "answered": 4,
                     *           "answeredLate": 1,
                     *           "medianDaysToAnswer": 27.5,
                     *           "answeredLateRate": 0.25
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AppealsDashboardView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AppealsDashboardController_appealsStream: {
        parameters: {
            query?: {
                /** @description The day statuses are placed against (what is due soon or overdue on that day); today in the Association’s time zone when left out */
                asOf?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                /** @description How many appeals each list of the dashboard shows */
                top?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent events; the data of each is an AppealsDashboardView as JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FoundingController_view: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The founding; `version` is what commands pass as expectedVersion */
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoundingProcessView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FoundingController_convene: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConveningBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FoundingController_recordAssembly: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssemblyMinutesBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FoundingController_recordCharterDraft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CharterDraftBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FoundingController_charterDraft: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path: {
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A charter draft with its text */
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterDraftView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FoundingController_launch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InitiativeBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FoundingController_receiveLetter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LetterOfIntentBody"];
            };
        };
        responses: {
            /** @description id is the letter’s id (and the founder’s future member id) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FoundingController_withdrawLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                letterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LetterWithdrawalBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FoundingController_recordRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FoundingController_fileRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationFilingBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    FoundingController_recordRefusal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationRefusalBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerController_events: {
        parameters: {
            query?: {
                /** @description Account id of the actor, or `system:<component>` */
                actor?: string;
                /** @description Everything one request (and what it set off) recorded */
                correlationId?: string;
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                /** @description Legal date on or after this day (YYYY-MM-DD) */
                legalFrom?: string;
                /** @description Legal date on or before this day (YYYY-MM-DD) */
                legalTo?: string;
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                /** @description A member organization: what it did through its representatives, and what concerns it */
                organization?: string;
                /** @description Recorded at or after this moment (ISO 8601) */
                recordedFrom?: string;
                /** @description Recorded at or before this moment (ISO 8601) */
                recordedTo?: string;
                /** @description One stream (record), e.g. `member-<id>` */
                stream?: string;
                /** @description A kind of record: the stream category, e.g. `member`, `resolution`, `ballot`, `appeal` */
                streamKind?: string;
                /** @description Event type, e.g. `MemberAdmitted` */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditedEventView"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: auditor, admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerAuditController_causes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CauseChainView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: auditor, admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerAuditController_effects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectNodeView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: auditor, admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerAuditController_export: {
        parameters: {
            query?: {
                /** @description Export only the events after this position (an incremental export) */
                from?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One JSON object a line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: auditor, admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerAuditController_rotateKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyRotationView"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerAuditController_publicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicKeyView"];
                };
            };
        };
    };
    LedgerController_stream: {
        parameters: {
            query?: {
                /** @description First version to return */
                fromVersion?: number;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The record, `<kind>-<id>`: account-, member-, founding-association, working-group-, resolution-, ballot-<resolution id>_<organization id>, power-of-attorney-, addressee-, appeal-, outgoing-register-<year> */
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events of the stream; nextCursor is the version to pass as fromVersion */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditedEventView"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: auditor, admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LedgerController_verification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationStateView"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: auditor, admin. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MemberQueriesController_list: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                category?: "staffing_agency" | "private_employment_agency" | "employers_association" | "educational_organization" | "qualifications_council" | "research_expert_body" | "other_ngo";
                /** @description ISO 3166-1 alpha-2 */
                country?: string;
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                /** @description Any value of the national identifier (ОГРН, ИНН, БИН, СТИР, registry number), spaces and case ignored */
                identifier?: string;
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                /** @description Part of the Russian or English name, in any case, or a whole identifier (ОГРН, ИНН, БИН, СТИР…) */
                q?: string;
                status?: "applied" | "rejected" | "admitted" | "suspended" | "expelled" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MemberListItem"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MembersController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MemberQueriesController_get: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberCard"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MembersController_admit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmissionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MembersController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MembersController_expel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionActBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MembersController_reinstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionActBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MembersController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MembersController_addRepresentative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddRepresentativeBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MembersController_removeRepresentative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                representativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MembersController_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspensionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MembersController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MemberQueriesController_statistics: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberStatistics"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PowerOfAttorneyQueriesController_list: {
        parameters: {
            query?: {
                /** @description "true": only powers not revoked and within their validity now; "false": only the others */
                active?: "true" | "false";
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                /** @description Only powers where this organization is the principal or the proxy */
                organizationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PowerOfAttorneyView"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PowersOfAttorneyController_grant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PowerOfAttorneyQueriesController_get: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerOfAttorneyView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PowersOfAttorneyController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevocationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionQueriesController_list: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                body?: "general_assembly" | "council" | "working_group";
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                status?: "draft" | "voting" | "closed" | "withdrawn";
                /** @description Only the votes of this working group */
                workingGroupId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ResolutionListItem"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionsController_draft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionQueriesController_get: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionsController_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendmentBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionsController_castBallot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BallotBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionQueriesController_minutes: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionQueriesController_liveTally: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveTallyView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionQueriesController_tallyStream: {
        parameters: {
            query?: {
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent events; the data of each is a LiveTallyView as JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpeningBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionWithdrawalBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionQueriesController_competenceOfBodies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CompetenceEntryView"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionQueriesController_decisions: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                body?: "general_assembly" | "council" | "working_group";
                /** @description Decisions taken on or after this date (the UTC date voting closed) */
                closedFrom?: string;
                /** @description Decisions taken on or before this date (the UTC date voting closed) */
                closedTo?: string;
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                /** @description Only decisions carrying this kind of motion; "none" for those without one */
                motion?: "admit_member" | "suspend_member" | "expel_member" | "establish_working_group" | "dissolve_working_group" | "adopt_charter_draft" | "authorize_appeal" | "elect_council" | "none";
                /** @description Only the decisions of this working group */
                workingGroupId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DecisionView"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ResolutionQueriesController_votingRecord: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["VotingRecordEntryView"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkingGroupQueriesController_list: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                /** @description Part of the Russian or English name, in any case */
                q?: string;
                status?: "active" | "dissolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WorkingGroupListItem"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkingGroupsController_establish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstablishmentBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkingGroupQueriesController_get: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingGroupView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkingGroupsController_reassignChair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkingGroupsController_addDeliverable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliverableBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkingGroupsController_deliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliveryBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkingGroupsController_dissolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DissolutionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkingGroupsController_recordMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkingGroupsController_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkingGroupsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: secretariat. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no record with this id (details: { kind, id }) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONCURRENCY_CONFLICT (expectedVersion did not hold), COMMAND_ID_REUSED, or a DUPLICATE_… record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body exceeds BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain rule was broken: code names the rule, message explains it; nothing was written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkingGroupQueriesController_overdue: {
        parameters: {
            query?: {
                /** @description Auditors and administrators: answer from the read models as they stood at this global position of the ledger (the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day */
                asOfPosition?: string;
                /** @description Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): at the last event recorded at or before it, named in the As-Of-Position header */
                asOfTime?: string;
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description With asOfPosition or asOfTime: the global position the answer reflects (the last event at or before the bound) */
                    "As-Of-Position"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OverdueDeliverableView"][];
                        /** @description Pass it as ?cursor= for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no credentials, or credentials that are expired, forged or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Allowed to: admin, secretariat, committee, auditor. ROLE_REQUIRED for other roles, or a resource check such as OWN_ORGANIZATION_ONLY; POINT_IN_TIME_AUDITORS_ONLY for a past state asked by another role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description POSITION_BEYOND_HEAD: asOfPosition is past the last position of the ledger (details: position, head) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: the caller already has MAX_POINT_IN_TIME_BUILDS past states being built; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header: {
                authorization: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything needed to serve requests is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportView"];
                };
            };
            /** @description VALIDATION_FAILED (details: each field and its problems), MALFORMED_JSON, or a path id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database cannot be reached, or the ledger failed its verification (`broken`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportView"];
                };
            };
        };
    };
}
