package org.liaison.exchange.internal.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.cases.CaseSed;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content of an administrative SED (X001…X013) made from the action alone when the caller gives none: the
 * catalogue's envelope (case, sender, recipients) and the SED's administrative block with codes rather than free
 * text. It goes through the catalogue's schema like any other SED.
 */
@Component
class AdministrativeContent {

    private final JsonMapper json;
    private final CaseStore cases;
    private final SedStore seds;
    private final ExchangeClock clock;

    AdministrativeContent(JsonMapper json, CaseStore cases, SedStore seds, ExchangeClock clock) {
        this.json = json;
        this.cases = cases;
        this.seds = seds;
        this.clock = clock;
    }

    String minimal(CaseRow c, String sedType, BucAction action, String sender) {
        List<BucParticipant> participants = cases.participants(c.id());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("sed", sedType);
        content.put("version", c.version());
        content.put("caseIds", List.of(Map.of("caseNumber", c.id(), "institution", c.owner())));
        content.put("sender", Map.of("id", sender));
        content.put("recipients", participants.stream().filter(p -> p.role() == c.nodeRole().other())
                .map(p -> Map.of("id", p.institution())).toList());
        content.put("administrative", block(c, sedType, action));
        return json.writeValueAsString(content);
    }

    private Map<String, Object> block(CaseRow c, String sedType, BucAction action) {
        Map<String, Object> target = reference(c.id(), action.target());
        Map<String, Object> participant = action.participant() == null ? Map.of() : Map.of("id", action.participant());
        return switch (sedType) {
            case "X001" -> Map.of("reason", "CASE_COMPLETED");
            case "X002" -> Map.of("reason", "REOPENING_REQUESTED");
            case "X003" -> Map.of("accepted", true, "replyTo", target);
            case "X004" -> Map.of("reopenedOn", clock.today().toString());
            case "X005", "X006" -> Map.of("participant", participant);
            case "X007" -> Map.of("forwardTo", participant, "reason", "NOT_COMPETENT");
            case "X008" -> Map.of("sedToInvalidate", target);
            case "X009" -> Map.of("remindedSeds", List.of(target));
            case "X010" -> Map.of("replyTo", target);
            case "X011" -> Map.of("rejectedSed", target, "reason", "REJECTED");
            case "X012" -> Map.of("sedToClarify", target, "questions", List.of("CLARIFICATION_REQUESTED"));
            case "X013" -> Map.of("replyTo", target, "answers", List.of("CLARIFIED"));
            default -> Map.of();
        };
    }

    private Map<String, Object> reference(String caseId, @Nullable String sedId) {
        if (sedId == null) {
            return Map.of();
        }
        return seds.ofCase(caseId).stream().filter(s -> s.id().equals(sedId)).findFirst()
                .<Map<String, Object>>map(AdministrativeContent::reference).orElse(Map.of("sedId", sedId));
    }

    private static Map<String, Object> reference(CaseSed sed) {
        return Map.of("sedId", sed.id(), "sedType", sed.type(), "issueDate", sed.date().toString());
    }
}
