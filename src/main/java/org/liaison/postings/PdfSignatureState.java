package org.liaison.postings;

/** What the signature of an uploaded certificate PDF says. */
public enum PdfSignatureState {
    /** Signed with this institution's key, unchanged since, the signature covering the whole file. */
    INTACT,
    /** The signed part is intact but something was appended after the signature (an incremental update). */
    EDITED_AFTER_SIGNING,
    /** The signed bytes were changed: the signature does not match them any more. */
    ALTERED,
    /** A valid signature, but made with another key than this institution's. */
    OTHER_SIGNER,
    /** A PDF without a signature. */
    UNSIGNED,
    /** Not a PDF that can be read. */
    NOT_A_PDF
}
