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
        /** Bind a representative to the member organization it acts for (null unbinds) */
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
        /** Change one’s own password (with the current one), or reset another’s (administrators) */
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
        /** Replace the roles of an account */
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
        get: operations["AddresseesController_list"];
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
        get: operations["AddresseesController_get"];
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
        get: operations["AddresseesController_policies"];
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
        /** End the sign-in the refresh token belongs to */
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
        /** The global log in order, with actor, correlation, causation and hash of each event */
        get: operations["LedgerController_events"];
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
        /** Recompute every hash link and report the first break (reads the whole ledger) */
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
        get: operations["MembersController_list"];
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
        get: operations["MembersController_get"];
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
        get: operations["MembersController_statistics"];
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
        get: operations["PowersOfAttorneyController_list"];
        put?: never;
        /** Register a power of attorney the representative’s organization gives to another member organization to vote for it */
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
        get: operations["PowersOfAttorneyController_get"];
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
        get: operations["ResolutionsController_list"];
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
        get: operations["ResolutionsController_get"];
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
        get: operations["ResolutionsController_minutes"];
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
        get: operations["ResolutionsController_liveTally"];
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
        get: operations["ResolutionsController_tallyStream"];
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
        get: operations["ResolutionsController_decisions"];
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
        get: operations["ResolutionsController_votingRecord"];
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
        get: operations["WorkingGroupsController_list"];
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
        get: operations["WorkingGroupsController_get"];
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
        /** Every overdue deliverable of the active groups, the longest overdue first (today in UTC) */
        get: operations["WorkingGroupsController_overdue"];
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
        /** Database, ledger and projection status (200 when usable, 503 when not) */
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
            en?: Record<string, never> | null;
            /** @example Министерство труда и социальной защиты Российской Федерации */
            ru: string;
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
            attachmentSha256?: Record<string, never> | null;
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
            resolutionId?: Record<string, never> | null;
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
        AppealTextBody: {
            /** @example On the organized recruitment of migrant workers */
            en?: Record<string, never> | null;
            /** @example О порядке организованного набора трудящихся-мигрантов */
            ru: string;
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
            resolutionId?: Record<string, never> | null;
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
            organizationId: Record<string, never> | null;
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
             * @description The record version the client saw; a mismatch answers 409
             * @example 3
             */
            expectedVersion?: number;
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
            phone?: Record<string, never> | null;
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
        DecisionBody: {
            /**
             * @description For kind "decision": the date of the decision
             * @example 2026-06-30
             */
            date?: string;
            /**
             * @example decision
             * @enum {string}
             */
            kind: "resolution" | "decision";
            /**
             * @description For kind "decision": the reference of the record
             * @example Протокол заседания совета № 3, п. 2
             */
            reference?: string;
            /**
             * Format: uuid
             * @description For kind "resolution": the adopted resolution
             */
            resolutionId?: string;
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
            motion?: Record<string, never> | null;
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
            phone?: Record<string, never> | null;
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
        FoundingTextBody: {
            /** @example Union MATM */
            en?: Record<string, never> | null;
            /** @example Союз «МАТМ» */
            ru: string;
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
        GroupTextBody: {
            /** @example Working group on organized recruitment */
            en?: Record<string, never> | null;
            /** @example Рабочая группа по организованному набору */
            ru: string;
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
        LocalizedTextBody: {
            /** @example Primer Staffing Agency LLC */
            en?: Record<string, never> | null;
            /** @example ООО «Кадровое агентство Пример» */
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
            values: Record<string, never>;
        };
        OfficerBody: {
            name: components["schemas"]["FoundingTextBody"];
            /**
             * Format: uuid
             * @description The letter of the present founder this person represents
             */
            representing?: Record<string, never> | null;
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
            reference?: Record<string, never> | null;
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
        ResolutionTextBody: {
            /** @example On the expulsion of a member organization */
            en?: Record<string, never> | null;
            /** @example Об исключении организации из членов Объединения */
            ru: string;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountsController_get: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, representative, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description CommandResponse plus tokenId and token (null when the commandId was repeated) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, representative, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AddresseesController_list: {
        parameters: {
            query?: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AddresseesController_get: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AddresseesController_policies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AppealQueriesController_list: {
        parameters: {
            query?: {
                /** @description Appeals addressed to this body or now held by it (after forwarding) */
                addresseeId?: string;
                /** @description The day statuses are placed against (what is due soon or overdue on that day); today in UTC when left out */
                asOf?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AppealQueriesController_get: {
        parameters: {
            query?: {
                /** @description The day statuses are placed against (what is due soon or overdue on that day); today in UTC when left out */
                asOf?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AppealQueriesController_journalPage: {
        parameters: {
            query: {
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AppealQueriesController_journalFile: {
        parameters: {
            query: {
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
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content?: never;
            };
            /** @description INVALID_CREDENTIALS */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RATE_LIMITED, with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, representative, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description CROSS_SITE_REFUSED: a cookie refresh without the header or from another origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AppealsDashboardController_appeals: {
        parameters: {
            query?: {
                /** @description The day statuses are placed against (what is due soon or overdue on that day); today in UTC when left out */
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
            /** @description The dashboard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FoundingController_view: {
        parameters: {
            query?: {
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
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FoundingController_charterDraft: {
        parameters: {
            query?: {
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
            /** @description { number, sha256, recordedAt, content } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgerController_events: {
        parameters: {
            query?: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MembersController_list: {
        parameters: {
            query?: {
                category?: "staffing_agency" | "private_employment_agency" | "employers_association" | "educational_organization" | "qualifications_council" | "research_expert_body" | "other_ngo";
                /** @description ISO 3166-1 alpha-2 */
                country?: string;
                /** @description Opaque cursor from the previous page’s nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
                /** @description Part of the Russian or English name, in any case */
                q?: string;
                status?: "applied" | "rejected" | "admitted" | "suspended" | "expelled" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MembersController_get: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MembersController_statistics: {
        parameters: {
            query?: {
                /** @description Wait until the read model has applied this position (from a command answer) */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PowersOfAttorneyController_list: {
        parameters: {
            query?: {
                /** @description "true": only powers not revoked and within their validity now; "false": only the others */
                active?: "true" | "false";
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PowersOfAttorneyController_get: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResolutionsController_list: {
        parameters: {
            query?: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResolutionsController_get: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResolutionsController_minutes: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResolutionsController_liveTally: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResolutionsController_tallyStream: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResolutionsController_decisions: {
        parameters: {
            query?: {
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
                motion?: "admit_member" | "suspend_member" | "expel_member" | "establish_working_group" | "dissolve_working_group" | "adopt_charter_draft" | "authorize_appeal" | "none";
                /** @description Only the decisions of this working group */
                workingGroupId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResolutionsController_votingRecord: {
        parameters: {
            query?: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor, representative */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WorkingGroupsController_list: {
        parameters: {
            query?: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WorkingGroupsController_get: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: secretariat */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WorkingGroupsController_overdue: {
        parameters: {
            query?: {
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
            /** @description No credentials, or credentials that are expired or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Allowed to: admin, secretariat, committee, auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
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
                content?: never;
            };
            /** @description The database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
