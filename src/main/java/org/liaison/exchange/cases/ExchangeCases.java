package org.liaison.exchange.cases;

import java.util.List;
import org.liaison.exchange.bucs.BucAction;

/**
 * The cases of this node: open one as case owner, send SEDs and take the administrative actions in it, read them
 * and their history. Every change is judged first (the SED's schema, the institutions, the BUC engine); a refusal
 * throws {@link CaseRefusedException} with every problem and stores nothing. Outgoing SEDs leave through the
 * transactional outbox. Reading an SED's content is audited.
 */
public interface ExchangeCases {

    /** Opens a case as case owner with its starting SED; returns the case. */
    ExchangeCase open(CaseOpening opening, CaseAccess access);

    /** Sends an SED, or takes an administrative action, in the case; returns the case after it. */
    ExchangeCase submit(String caseId, SedSubmission submission, CaseAccess access);

    /** The case, if it exists and the caller may see it; else {@link CaseRefusedException} NOT_FOUND. */
    ExchangeCase find(String caseId, CaseAccess access);

    /**
     * What this node may do next in the case today, as the BUC engine says (the SEDs it may send, with the SED each
     * answers, and the administrative actions allowed now); empty for a case the caller may not see.
     */
    List<BucAction> nextActions(String caseId, CaseAccess access);

    /** The SED's content as JSON text (audited: personal data). */
    String content(String caseId, String sedId, CaseAccess access);

    /** The case's history, oldest first. */
    List<CaseHistoryEntry> history(String caseId, CaseAccess access);

    /** The cases matching the criteria that the caller may see, most recent activity first. */
    List<ExchangeCase> search(CaseSearch criteria, CaseAccess access, int limit);

    /** Who this node is: its country, access point, environment and liaison institution. */
    NodeIdentity node();

    /**
     * Gives a case to a French institution (liaison officers only): a case in the officers' queue, or a case whose
     * transfer was asked for ({@link #requestTransfer}). A case another institution holds without a transfer asked for
     * is refused (NOT_ALLOWED): it never leaves its holder silently.
     */
    ExchangeCase assign(String caseId, String institution, CaseAccess access);

    /**
     * Asks for the case to be moved to another institution (its holder's agent or a liaison officer), with a reason;
     * recorded in the history and the audit trail. A liaison officer then gives it to the competent institution.
     */
    ExchangeCase requestTransfer(String caseId, TransferReason reason, CaseAccess access);

    /**
     * The case's transfers, oldest first: for those who see the case, and for an institution the case was
     * transferred from (which no longer sees the case itself, only its transfers and its history up to then).
     */
    List<CaseTransfer> transfers(String caseId, CaseAccess access);
}
