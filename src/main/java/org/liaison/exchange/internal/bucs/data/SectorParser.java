package org.liaison.exchange.internal.bucs.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.exchange.bucs.BucAdminRule;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucSedRule;
import org.liaison.exchange.bucs.BucTimeLimits;
import org.liaison.exchange.bucs.BucType;
import org.liaison.shared.LocalizedText;
import tools.jackson.databind.JsonNode;

/** Reads the BUCs of one sector file of one version, noting every problem with its JSON path. */
final class SectorParser {

    private static final Set<String> MEMBERS = Set.of("version", "sector", "limits", "bucs", "note");
    private static final Set<String> BUC_MEMBERS = Set.of("type", "title", "legalBasis", "source", "starters", "seds",
            "limits", "note");
    private static final Set<String> SED_MEMBERS = Set.of("sed", "by", "replyTo", "replyOptional", "once", "closes", "note");
    private static final Set<String> LIMIT_MEMBERS = Set.of("inactivityDays", "archiveDays", "autoCloseDays",
            "defaultReplyDays", "replyDays", "note");

    private SectorParser() {
    }

    static List<BucDefinition> parse(JsonReader reader, JsonNode root, String version, List<BucAdminRule> administrative) {
        List<BucDefinition> definitions = new ArrayList<>();
        if (!reader.isObject(root, "$")) {
            return definitions;
        }
        reader.onlyKnown(root, "$", MEMBERS);
        String declared = reader.string(root, "version", "$", Formats.VERSION);
        if (!declared.isEmpty() && !declared.equals(version)) {
            reader.problem("$.version", "\"" + declared + "\" but the file is in the folder of version " + version);
        }
        String sector = reader.string(root, "sector", "$", Formats.SECTOR);
        BucTimeLimits defaults = reader.isObject(root.get("limits"), "$.limits")
                ? limits(reader, root.get("limits"), "$.limits", null) : null;
        JsonNode bucs = root.get("bucs");
        if (bucs == null || !bucs.isArray() || bucs.isEmpty()) {
            reader.problem("$.bucs", "a non-empty array is expected");
            return definitions;
        }
        Set<String> types = new HashSet<>();
        for (int i = 0; i < bucs.size(); i++) {
            String path = "$.bucs[" + i + "]";
            if (reader.isObject(bucs.get(i), path) && defaults != null) {
                BucDefinition definition = buc(reader, bucs.get(i), path, version, administrative, defaults);
                if (definition != null && !definition.sector().equals(sector)) {
                    reader.problem(path + ".type", definition.type() + " is not of sector " + sector);
                }
                if (definition != null && !types.add(definition.type().code())) {
                    reader.problem(path + ".type", definition.type() + " is defined twice");
                }
                if (definition != null) {
                    definitions.add(definition);
                }
            }
        }
        return definitions;
    }

    private static BucDefinition buc(JsonReader reader, JsonNode node, String path, String version,
                                     List<BucAdminRule> administrative, BucTimeLimits defaults) {
        reader.onlyKnown(node, path, BUC_MEMBERS);
        int before = reader.problems().size();
        String type = reader.string(node, "type", path, Formats.BUC);
        LocalizedText title = reader.isObject(node.get("title"), path + ".title") ? new LocalizedText(
                reader.string(node.get("title"), "fr", path + ".title", Formats.ANY_TEXT),
                reader.string(node.get("title"), "en", path + ".title", Formats.ANY_TEXT)) : LocalizedText.EMPTY;
        String legalBasis = reader.string(node, "legalBasis", path, Formats.ANY_TEXT);
        String source = reader.string(node, "source", path, Formats.ANY_TEXT);
        List<String> starters = reader.strings(node, "starters", path, Formats.SED, true);
        List<BucSedRule> seds = seds(reader, node, path, starters);
        Set<String> known = new LinkedHashSet<>(starters);
        seds.forEach(rule -> known.add(rule.sed()));
        JsonNode limitsNode = node.get("limits");
        BucTimeLimits limits = limitsNode == null ? defaults : reader.isObject(limitsNode, path + ".limits")
                ? limits(reader, limitsNode, path + ".limits", defaults) : defaults;
        limits.replyDays().keySet().stream().filter(sed -> !known.contains(sed) && limitsNode != null
                        && limitsNode.has("replyDays") && limitsNode.get("replyDays").has(sed))
                .forEach(sed -> reader.problem(path + ".limits.replyDays." + sed, sed + " is not an SED of this BUC"));
        if (reader.problems().size() > before) {
            return null;
        }
        return new BucDefinition(BucType.of(type), version, title, legalBasis, source, starters, seds, administrative, limits);
    }

    private static List<BucSedRule> seds(JsonReader reader, JsonNode buc, String path, List<String> starters) {
        List<BucSedRule> rules = new ArrayList<>();
        JsonNode list = buc.get("seds");
        if (list == null || !list.isArray()) {
            reader.problem(path + ".seds", "an array is expected");
            return rules;
        }
        Set<String> all = new HashSet<>(starters);
        for (int i = 0; i < list.size(); i++) {
            JsonNode sed = list.get(i);
            if (sed != null && sed.isObject() && sed.get("sed") != null) {
                all.add(sed.get("sed").asString());
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + ".seds[" + i + "]";
            JsonNode node = list.get(i);
            if (!reader.isObject(node, at)) {
                continue;
            }
            reader.onlyKnown(node, at, SED_MEMBERS);
            String sed = reader.string(node, "sed", at, Formats.SED);
            if (Formats.ADMIN_SED.matcher(sed).matches()) {
                reader.problem(at + ".sed", sed + " is administrative: the version's administrative file defines it");
            }
            if (!sed.isEmpty() && !seen.add(sed)) {
                reader.problem(at + ".sed", sed + " is listed twice");
            }
            var by = Formats.roles(reader, node, at);
            List<String> replyTo = reader.strings(node, "replyTo", at, Formats.SED, false);
            for (int r = 0; r < replyTo.size(); r++) {
                if (!all.contains(replyTo.get(r))) {
                    reader.problem(at + ".replyTo[" + r + "]", replyTo.get(r) + " is not an SED of this BUC");
                }
            }
            boolean optional = reader.bool(node, "replyOptional", at, false);
            if (optional && replyTo.isEmpty()) {
                reader.problem(at + ".replyOptional", "only an SED that answers something can answer optionally");
            }
            boolean required = !replyTo.isEmpty() && !optional;
            rules.add(new BucSedRule(sed, by, replyTo, required, reader.bool(node, "once", at, required),
                    reader.bool(node, "closes", at, false)));
        }
        return rules;
    }

    private static BucTimeLimits limits(JsonReader reader, JsonNode node, String path, BucTimeLimits defaults) {
        reader.onlyKnown(node, path, LIMIT_MEMBERS);
        Map<String, Integer> replyDays = new HashMap<>(defaults == null ? Map.of() : defaults.replyDays());
        JsonNode days = node.get("replyDays");
        if (days != null && reader.isObject(days, path + ".replyDays")) {
            for (String sed : days.propertyNames()) {
                if (!Formats.SED.matcher(sed).matches()) {
                    reader.problem(path + ".replyDays." + sed, "not an SED code");
                }
                replyDays.put(sed, reader.positiveInt(days, sed, path + ".replyDays", null));
            }
        }
        return new BucTimeLimits(
                reader.positiveInt(node, "inactivityDays", path, defaults == null ? null : defaults.inactivityDays()),
                reader.positiveInt(node, "archiveDays", path, defaults == null ? null : defaults.archiveDays()),
                reader.positiveInt(node, "autoCloseDays", path, defaults == null ? 0 : defaults.autoCloseDays()),
                reader.positiveInt(node, "defaultReplyDays", path, defaults == null ? null : defaults.defaultReplyDays()),
                replyDays);
    }
}
