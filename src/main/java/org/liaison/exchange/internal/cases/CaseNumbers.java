package org.liaison.exchange.internal.cases;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The case id is the hub's to give, when it opens the case: the starting SED, written before, carries a placeholder
 * in its envelope. The owner's entry of {@code caseIds} gets the real id before the SED is stored and hashed; the
 * other institutions' case numbers are kept.
 */
@Component
class CaseNumbers {

    private final JsonMapper json;

    CaseNumbers(JsonMapper json) {
        this.json = json;
    }

    String stamp(String content, String caseId, String owner) {
        JsonNode root = json.readTree(content);
        if (!(root instanceof ObjectNode document)) {
            return content; // the schema check refused it already
        }
        ArrayNode ids = json.createArrayNode();
        ids.addObject().put("caseNumber", caseId).put("institution", owner);
        JsonNode before = document.path("caseIds");
        for (JsonNode entry : before) {
            if (!owner.equals(entry.path("institution").asString(""))) {
                ids.add(entry);
            }
        }
        document.set("caseIds", ids);
        return json.writeValueAsString(document);
    }
}
