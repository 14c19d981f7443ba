package org.liaison.coordination.internal.export;

import java.util.EnumSet;
import java.util.Set;
import org.liaison.agreements.FactType;
import org.liaison.agreements.InstrumentKind;

/**
 * The constants of the export engine in one place; the dated ones (the unemployment export periods) are facts of
 * the agreements registry, named here.
 */
final class ExportParameters {

    static final String EUR_LEX_883 = "https://eur-lex.europa.eu/eli/reg/2004/883/oj";

    static final String EUR_LEX_1408 = "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:31971R1408";

    /** The unemployment export period and its longest extension, read as dated facts of the registry. */
    static final FactType EXPORT_MONTHS = FactType.UNEMPLOYMENT_EXPORT_MONTHS;
    static final FactType EXPORT_MAX_MONTHS = FactType.UNEMPLOYMENT_EXPORT_MAX_MONTHS;

    /** Instruments that apply Reg. 883/2004 itself (EU, EEA, Switzerland, UK Withdrawal Agreement). */
    static final Set<InstrumentKind> REGULATION_KINDS = EnumSet.of(InstrumentKind.EU_REGULATION, InstrumentKind.EEA,
            InstrumentKind.SWISS_AGREEMENT, InstrumentKind.UK_WITHDRAWAL);

    private ExportParameters() {
    }
}
