package org.liaison.exchange.internal.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.liaison.exchange.institutions.InstitutionRole;
import org.springframework.stereotype.Component;

/**
 * Checks the institutions of an exchange against the institution repository: a well-formed id, known in the IR,
 * valid on the day, and of the node's environment (a test institution never takes part in a production case,
 * eessi.md §6.6).
 */
@Component
class InstitutionChecks {

    private final InstitutionDirectory directory;
    private final ExchangeNode node;

    InstitutionChecks(InstitutionDirectory directory, ExchangeNode node) {
        this.directory = directory;
        this.node = node;
    }

    /** The problems of using that id at that path on that day; {@code french} asks for an institution of this node's country. */
    List<CaseProblem> check(String path, String id, LocalDate day, boolean french) {
        if (id == null || id.isBlank()) {
            return List.of(CaseTexts.problem(path, "institution.missing", null));
        }
        Optional<String> malformed = InstitutionId.problemWith(id);
        if (malformed.isPresent()) {
            return List.of(CaseTexts.problem(path, "institution.malformed", "IR id CC:code", id));
        }
        InstitutionId parsed = InstitutionId.parse(id);
        Optional<Institution> found = directory.find(parsed);
        if (found.isEmpty()) {
            return List.of(CaseTexts.problem(path, "institution.unknown", "IR", id));
        }
        Institution institution = found.get();
        if (institution.environment() != node.environment()) {
            return List.of(CaseTexts.problem(path, "institution.environment", "eessi.md §6.6", id,
                    institution.environment(), node.environment()));
        }
        if (!institution.validOn(day)) {
            return List.of(CaseTexts.problem(path, "institution.not-valid", "IR", id, day));
        }
        if (french != institution.country().equals(node.country())) {
            return List.of(CaseTexts.problem(path, french ? "institution.not-national" : "institution.national", null,
                    id, node.country()));
        }
        return List.of();
    }

    /** Whether the institution (already checked) takes the counterparty role in that BUC, as the IR says. */
    List<CaseProblem> counterpartyIn(String path, String id, String bucType) {
        boolean handles = directory.find(InstitutionId.parse(id))
                .map(i -> i.handles(bucType, InstitutionRole.COUNTERPARTY)).orElse(false);
        return handles ? List.of() : List.of(CaseTexts.problem(path, "institution.buc", "IR", id, bucType));
    }

    /** The access point serving that institution. */
    String accessPoint(String id) {
        return directory.find(InstitutionId.parse(id)).map(Institution::accessPoint)
                .orElseThrow(() -> new IllegalStateException("institution checked before: " + id));
    }

    ExchangeEnvironment environment() {
        return node.environment();
    }
}
