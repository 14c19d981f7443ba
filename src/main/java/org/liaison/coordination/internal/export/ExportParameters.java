package org.liaison.coordination.internal.export;

import java.util.EnumSet;
import java.util.Set;
import org.liaison.agreements.InstrumentKind;
import org.liaison.shared.LegalReference;

/**
 * Every constant of the export engine, each with its legal reference, in one place. The next pass reads the
 * dated ones from the agreements registry instead.
 */
final class ExportParameters {

    static final String EUR_LEX_883 = "https://eur-lex.europa.eu/eli/reg/2004/883/oj";

    /** Unemployment benefit is exported for three months from the person ceasing to be available in France. */
    static final int UNEMPLOYMENT_EXPORT_MONTHS = 3;
    static final LegalReference UNEMPLOYMENT_EXPORT_MONTHS_REF = new LegalReference("Reg. 883/2004 art. 64(1)(c)", EUR_LEX_883);

    /** The competent institution may extend the export up to six months in all. */
    static final int UNEMPLOYMENT_EXPORT_MAX_MONTHS = 6;
    static final LegalReference UNEMPLOYMENT_EXPORT_MAX_MONTHS_REF = UNEMPLOYMENT_EXPORT_MONTHS_REF;

    static final String EUR_LEX_1408 = "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:31971R1408";

    /** Before Reg. 883/2004, unemployment benefit was exported for three months at most, with no extension. */
    static final int UNEMPLOYMENT_EXPORT_MONTHS_1408 = 3;
    static final LegalReference UNEMPLOYMENT_EXPORT_MONTHS_1408_REF = new LegalReference("Reg. 1408/71 art. 69(1)(c)", EUR_LEX_1408);

    /** Instruments that apply Reg. 883/2004 itself (EU, EEA, Switzerland, UK Withdrawal Agreement). */
    static final Set<InstrumentKind> REGULATION_KINDS = EnumSet.of(InstrumentKind.EU_REGULATION, InstrumentKind.EEA,
            InstrumentKind.SWISS_AGREEMENT, InstrumentKind.UK_WITHDRAWAL);

    private ExportParameters() {
    }
}
