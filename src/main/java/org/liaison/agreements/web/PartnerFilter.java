package org.liaison.agreements.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.InstrumentKind;
import org.liaison.agreements.Partner;
import org.liaison.shared.Branch;
import org.liaison.shared.FieldProblem;

/**
 * The partner list's filters, shared by the API and the page: the instrument type and a branch covered by the
 * instrument governing on the date (today by default). Blank parameters mean "any".
 */
record PartnerFilter(Optional<InstrumentKind> instrumentType, Optional<Branch> branch, LocalDate date) {

    /** A partner with the instrument governing on the filter's date, if any. */
    record Row(Partner partner, Optional<GoverningInstrument> current) {
    }

    static PartnerFilter parse(@Nullable String instrumentType, @Nullable String branch, @Nullable String date, LocalDate today) {
        List<FieldProblem> errors = new ArrayList<>();
        Optional<InstrumentKind> kind = Optional.empty();
        if (isGiven(instrumentType)) {
            kind = InstrumentKind.parse(instrumentType);
            if (kind.isEmpty()) {
                errors.add(RegistryTexts.problem("instrumentType", "UNKNOWN_VALUE", "instrument-type",
                        codes(InstrumentKind.values())));
            }
        }
        Optional<Branch> parsedBranch = Optional.empty();
        if (isGiven(branch)) {
            parsedBranch = Branch.fromCode(branch);
            if (parsedBranch.isEmpty()) {
                errors.add(RegistryTexts.problem("branch", "UNKNOWN_VALUE", "branch", codes(Branch.values())));
            }
        }
        LocalDate day = today;
        if (isGiven(date)) {
            try {
                day = LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                errors.add(RegistryTexts.problem("date", "NOT_A_DATE", "date"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new PartnerFilter(kind, parsedBranch, day);
    }

    List<Row> apply(AgreementRegistry registry) {
        return registry.partners().stream()
                .map(p -> new Row(p, registry.governing(p.code(), date)))
                .filter(r -> instrumentType.isEmpty() || r.current().map(g -> g.instrument().kind() == instrumentType.get()).orElse(false))
                .filter(r -> branch.isEmpty() || r.current().map(g -> g.covers(branch.get())).orElse(false))
                .toList();
    }

    private static boolean isGiven(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static String codes(Enum<?>[] values) {
        return String.join(", ", java.util.Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
