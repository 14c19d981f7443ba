package org.liaison.exchange.internal.cases;

import java.util.ArrayList;
import java.util.List;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.cases.SedAttachment;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks an SED's content (well-formed JSON, then its schema) and its attachments (size, media type). */
@Component
class ContentChecks {

    private final JsonMapper json;
    private final SchemaValidation schemas;
    private final ExchangeNode node;

    ContentChecks(JsonMapper json, SchemaValidation schemas, ExchangeNode node) {
        this.json = json;
        this.schemas = schemas;
        this.node = node;
    }

    List<CaseProblem> content(String sedType, String version, String content) {
        if (content == null || content.isBlank()) {
            return List.of(CaseTexts.problem("$.content", "content.missing", null));
        }
        try {
            JsonNode tree = json.readTree(content);
            if (!tree.isObject()) {
                return List.of(CaseTexts.problem("$.content", "content.not-object", null));
            }
            List<CaseProblem> problems = new ArrayList<>(schemas.validate(sedType, version, content));
            String declared = tree.path("sed").asString("");
            // a schema checks both itself (const); an SED without a schema in the catalogue is checked here
            if (!declared.isEmpty() && !declared.equals(sedType) && nothingAt(problems, "$.content.sed")) {
                problems.add(CaseTexts.problem("$.content.sed", "content.sed-type", null, declared, sedType));
            }
            String declaredVersion = tree.path("version").asString("");
            if (!declaredVersion.isEmpty() && !declaredVersion.equals(version) && nothingAt(problems, "$.content.version")) {
                problems.add(CaseTexts.problem("$.content.version", "content.version", null, declaredVersion, version));
            }
            return problems;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            return List.of(CaseTexts.problem("$.content", "content.malformed", "RFC 8259",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
        }
    }

    private static boolean nothingAt(List<CaseProblem> problems, String path) {
        return problems.stream().noneMatch(p -> p.path().equals(path));
    }

    List<CaseProblem> attachments(List<SedAttachment> files) {
        List<CaseProblem> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            SedAttachment file = files.get(i);
            String path = "$.attachments[" + i + "]";
            if (file.fileName().isBlank() || file.fileName().length() > 200) {
                problems.add(CaseTexts.problem(path + ".fileName", "attachment.name", null));
            }
            if (!node.attachmentTypes().contains(file.mediaType())) {
                problems.add(CaseTexts.problem(path + ".mediaType", "attachment.type", null, file.mediaType(),
                        String.join(", ", node.attachmentTypes())));
            }
            if (file.content().length > node.maxAttachmentBytes()) {
                problems.add(CaseTexts.problem(path + ".content", "attachment.size", null, file.content().length,
                        node.maxAttachmentBytes()));
            }
        }
        return problems;
    }
}
