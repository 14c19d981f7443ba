package org.liaison.exchange.web.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucType;
import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.liaison.exchange.institutions.InstitutionRole;
import org.liaison.exchange.internal.routing.RoutingRules;
import org.liaison.exchange.seds.SedSector;
import org.liaison.identity.Organisations;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.Message;

/**
 * A routing rule or an organisation mapping as typed in the form or sent to the API, checked field by field so
 * that every problem is reported at once. Field names are those of the form and of the JSON body.
 */
record RoutingRuleInput(@Nullable String priority, @Nullable String bucType, @Nullable String sector,
                        @Nullable String region, @Nullable String scheme, @Nullable String institution,
                        @Nullable String note) {

    /** Mainland départements (01–95; Corsica is 2A and 2B, there is no 20 since 1976) and overseas ones (971–976). */
    private static final Pattern DEPARTEMENT = Pattern.compile("(0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2A|2B|97[1-6])");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final Pattern ORGANISATION = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
    private static final List<String> SECTORS = Arrays.stream(SedSector.values()).map(SedSector::code).toList();

    static RoutingRuleInput empty() {
        return new RoutingRuleInput("", "", "", "", "", "", "");
    }

    List<FieldProblem> problems(InstitutionDirectory directory) {
        List<FieldProblem> problems = new ArrayList<>();
        if (parsedPriority().isEmpty()) {
            problems.add(problem("priority", "NOT_A_PRIORITY", "routing.error.priority"));
        }
        String buc = blankToNull(bucType);
        if (buc != null && !BucType.isValid(buc)) {
            problems.add(problem("bucType", "NOT_A_BUC", "routing.error.buc"));
        }
        String sectorCode = blankToNull(sector);
        if (sectorCode != null && !SECTORS.contains(sectorCode)) {
            problems.add(problem("sector", "UNKNOWN_SECTOR", "routing.error.sector"));
        }
        String departement = blankToNull(region);
        if (departement != null && !DEPARTEMENT.matcher(departement).matches()) {
            problems.add(problem("region", "NOT_A_DEPARTEMENT", "routing.error.region"));
        }
        String schemeCode = blankToNull(scheme);
        if (schemeCode != null && !SCHEME.matcher(schemeCode).matches()) {
            problems.add(problem("scheme", "MALFORMED", "routing.error.scheme"));
        }
        institutionProblem(directory, institution, buc != null && BucType.isValid(buc) ? buc : null)
                .ifPresent(problems::add);
        String noteText = blankToNull(note);
        if (noteText != null && noteText.length() > 200) {
            problems.add(problem("note", "TOO_LONG", "routing.error.note"));
        }
        return problems;
    }

    RoutingRules.NewRule rule() {
        return new RoutingRules.NewRule(parsedPriority().orElseThrow(), blankToNull(bucType), blankToNull(sector),
                blankToNull(region), blankToNull(scheme), institution.trim(), blankToNull(note));
    }

    /** The problems of an organisation mapping (organisation code and French institution). */
    static List<FieldProblem> mappingProblems(InstitutionDirectory directory, Organisations organisations,
                                              @Nullable String organisation, @Nullable String institution) {
        List<FieldProblem> problems = new ArrayList<>();
        if (organisation == null || !ORGANISATION.matcher(organisation.trim()).matches()) {
            problems.add(problem("organisationCode", "MALFORMED", "routing.error.organisation"));
        } else if (organisations.find(organisation.trim()).isEmpty()) {
            // a mapping for an organisation nobody belongs to would give no agent anything
            problems.add(problem("organisationCode", "UNKNOWN_ORGANISATION", "routing.error.organisation.unknown"));
        }
        institutionProblem(directory, institution, null).ifPresent(problems::add);
        return problems;
    }

    /** A French institution of the IR, counterparty for that BUC when one is given. */
    private static Optional<FieldProblem> institutionProblem(InstitutionDirectory directory, @Nullable String id,
                                                             @Nullable String buc) {
        String value = blankToNull(id);
        if (value == null) {
            return Optional.of(problem("institution", "REQUIRED", "routing.error.institution.required"));
        }
        Optional<Institution> found = InstitutionId.isValid(value)
                ? directory.find(InstitutionId.parse(value)).filter(i -> i.country().equals("FR") && i.removedOn() == null)
                : Optional.empty();
        if (found.isEmpty()) {
            return Optional.of(problem("institution", "UNKNOWN_INSTITUTION", "routing.error.institution.unknown"));
        }
        if (buc != null && !found.get().handles(buc, InstitutionRole.COUNTERPARTY)) {
            return Optional.of(problem("institution", "NOT_COUNTERPARTY", "routing.error.institution.buc"));
        }
        return Optional.empty();
    }

    /** A problem of the field (form id and JSON property), its message {@code key} of {@code i18n/cases}. */
    private static FieldProblem problem(String field, String code, String key) {
        return new FieldProblem(field, code, Message.of("i18n.cases", key));
    }

    private Optional<Integer> parsedPriority() {
        String value = blankToNull(priority);
        if (value == null || !value.matches("\\d{1,6}")) {
            return Optional.empty();
        }
        int parsed = Integer.parseInt(value);
        return parsed > 0 ? Optional.of(parsed) : Optional.empty();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
