package org.liaison.exchange.internal.bucs.data;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucAdminRule;
import tools.jackson.databind.JsonNode;

/** Reads a version's administrative actions (the X SEDs allowed throughout every BUC of that version). */
final class AdministrativeParser {

    private static final Set<String> MEMBERS = Set.of("version", "source", "administrative");
    private static final Set<String> RULE_MEMBERS = Set.of("action", "sed", "by", "whenClosed", "replyTo", "onlyWhenOverdue", "note");
    private static final Pattern ACTION = Pattern.compile(String.join("|",
            EnumSet.complementOf(EnumSet.of(BucActionKind.SEND)).stream().map(Enum::name).toList()));
    private static final Set<BucActionKind> ANSWERING = EnumSet.of(BucActionKind.REOPEN_REPLY,
            BucActionKind.REMINDER_REPLY, BucActionKind.CLARIFY_REPLY);

    private AdministrativeParser() {
    }

    static List<BucAdminRule> parse(JsonReader reader, JsonNode root, String version) {
        List<BucAdminRule> rules = new ArrayList<>();
        if (!reader.isObject(root, "$")) {
            return rules;
        }
        reader.onlyKnown(root, "$", MEMBERS);
        String declared = reader.string(root, "version", "$", Formats.VERSION);
        if (!declared.isEmpty() && !declared.equals(version)) {
            reader.problem("$.version", "\"" + declared + "\" but the file is in the folder of version " + version);
        }
        JsonNode list = root.get("administrative");
        if (list == null || !list.isArray()) {
            reader.problem("$.administrative", "an array is expected");
            return rules;
        }
        Set<BucActionKind> seen = EnumSet.noneOf(BucActionKind.class);
        for (int i = 0; i < list.size(); i++) {
            String path = "$.administrative[" + i + "]";
            JsonNode node = list.get(i);
            if (!reader.isObject(node, path)) {
                continue;
            }
            reader.onlyKnown(node, path, RULE_MEMBERS);
            String actionName = reader.string(node, "action", path, ACTION);
            String sed = reader.optionalString(node, "sed", path, Formats.ADMIN_SED);
            var by = Formats.roles(reader, node, path);
            List<String> replyTo = reader.strings(node, "replyTo", path, Formats.ADMIN_SED, false);
            boolean whenClosed = reader.bool(node, "whenClosed", path, false);
            boolean overdue = reader.bool(node, "onlyWhenOverdue", path, false);
            if (!ACTION.matcher(actionName).matches()) {
                continue;
            }
            BucActionKind action = BucActionKind.valueOf(actionName);
            if (!seen.add(action)) {
                reader.problem(path + ".action", action + " is defined twice");
            }
            if (sed == null && action != BucActionKind.CLOSE_LOCALLY) {
                reader.problem(path + ".sed", "is missing: only CLOSE_LOCALLY sends no SED");
            }
            if (ANSWERING.contains(action) != !replyTo.isEmpty()) {
                reader.problem(path + ".replyTo", ANSWERING.contains(action)
                        ? "is missing: " + action + " answers an administrative SED" : "only answering actions name what they answer");
            }
            rules.add(new BucAdminRule(action, sed, by, whenClosed, replyTo, overdue));
        }
        return rules;
    }
}
