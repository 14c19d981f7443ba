package org.liaison.exchange.web.bucs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucCaseState;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucSed;
import org.liaison.exchange.bucs.BucSedState;
import org.liaison.exchange.bucs.BucType;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InputLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a check request (a case snapshot and a proposed action) and lists every problem with its JSON path, so that
 * an application fixes its request in one go.
 */
final class BucCheckParser {

    /** A well-formed request. */
    record Check(String version, BucCaseState state, BucAction action) {
    }

    private final JsonMapper json;
    private final List<FieldProblem> problems = new ArrayList<>();

    BucCheckParser(JsonMapper json) {
        this.json = json;
    }

    Check parse(BucType type, String defaultVersion, String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            throw BucApiExceptions.invalidRequest(List.of(BucApiExceptions.problem("", "json")));
        }
        if (root == null || !root.isObject()) {
            throw BucApiExceptions.invalidRequest(List.of(BucApiExceptions.problem("", "object")));
        }
        String version = root.has("version")
                ? java.util.Objects.requireNonNullElse(string(root, "version", "version", true), defaultVersion) : defaultVersion;
        JsonNode snapshot = object(root, "case", "case");
        JsonNode proposed = object(root, "action", "action");
        BucCaseState state = snapshot == null ? null : state(type, version, snapshot);
        BucAction action = proposed == null ? null : action(proposed);
        if (!problems.isEmpty() || state == null || action == null) {
            throw BucApiExceptions.invalidRequest(problems);
        }
        return new Check(version, state, action);
    }

    private @Nullable BucCaseState state(BucType type, String version, JsonNode node) {
        BucCaseStatus status = enumValue(node, "status", "case.status", BucCaseStatus::valueOf, BucCaseStatus.values(), true);
        LocalDate created = date(node, "createdOn", "case.createdOn", true);
        LocalDate since = date(node, "statusSince", "case.statusSince", false);
        List<BucParticipant> participants = new ArrayList<>();
        JsonNode list = array(node, "participants", "case.participants");
        for (int i = 0; list != null && i < list.size(); i++) {
            String path = "case.participants[" + i + "]";
            JsonNode p = list.get(i);
            if (!p.isObject()) {
                problems.add(BucApiExceptions.problem(path, "object"));
                continue;
            }
            String institution = string(p, "institution", path + ".institution", true);
            CaseRole role = enumValue(p, "role", path + ".role", CaseRole::valueOf, CaseRole.values(), true);
            if (institution != null && role != null) {
                participants.add(new BucParticipant(institution, role));
            }
        }
        List<BucSed> seds = seds(node);
        if (status == null || created == null) {
            return null;
        }
        return new BucCaseState(type, version, status, created, since, participants, seds);
    }

    private List<BucSed> seds(JsonNode node) {
        List<BucSed> seds = new ArrayList<>();
        JsonNode list = array(node, "seds", "case.seds");
        Set<String> ids = new HashSet<>();
        List<String[]> replies = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String path = "case.seds[" + i + "]";
            JsonNode s = list.get(i);
            if (!s.isObject()) {
                problems.add(BucApiExceptions.problem(path, "object"));
                continue;
            }
            String id = string(s, "id", path + ".id", true);
            if (id != null && !ids.add(id)) {
                problems.add(BucApiExceptions.problem(path + ".id", "duplicate-id", id));
            }
            String sedType = string(s, "type", path + ".type", true);
            CaseRole sender = enumValue(s, "sender", path + ".sender", CaseRole::valueOf, CaseRole.values(), true);
            String inReplyTo = string(s, "inReplyTo", path + ".inReplyTo", false);
            BucSedState state = enumValue(s, "state", path + ".state", BucSedState::valueOf, BucSedState.values(), true);
            LocalDate date = date(s, "date", path + ".date", true);
            if (inReplyTo != null) {
                replies.add(new String[] {path + ".inReplyTo", inReplyTo});
            }
            if (id != null && sedType != null && sender != null && state != null && date != null) {
                seds.add(new BucSed(id, sedType, sender, inReplyTo, state, date));
            }
        }
        for (String[] reply : replies) {
            if (!ids.contains(reply[1])) {
                problems.add(BucApiExceptions.problem(reply[0], "unknown-id", reply[1]));
            }
        }
        return seds;
    }

    private @Nullable BucAction action(JsonNode node) {
        BucActionKind kind = enumValue(node, "kind", "action.kind", BucActionKind::valueOf, BucActionKind.values(), true);
        CaseRole by = enumValue(node, "by", "action.by", CaseRole::valueOf, CaseRole.values(), true);
        String sed = string(node, "sed", "action.sed", kind == BucActionKind.SEND);
        String target = string(node, "target", "action.target", false);
        String participant = string(node, "participant", "action.participant", false);
        LocalDate on = date(node, "on", "action.on", true);
        return kind == null || by == null || on == null ? null : new BucAction(kind, by, sed, target, participant, on);
    }

    private @Nullable JsonNode object(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isObject()) {
            problems.add(BucApiExceptions.problem(path, node == null ? "required" : "object"));
            return null;
        }
        return node;
    }

    private @Nullable JsonNode array(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(BucApiExceptions.problem(path, "array"));
            return null;
        }
        return node;
    }

    private @Nullable String string(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(BucApiExceptions.problem(path, "required"));
            }
            return null;
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            problems.add(BucApiExceptions.problem(path, "string"));
            return null;
        }
        return node.stringValue();
    }

    private @Nullable LocalDate date(JsonNode parent, String name, String path, boolean required) {
        String text = string(parent, name, path, required);
        try {
            LocalDate date = text == null ? null : LocalDate.parse(text);
            if (date != null && !InputLimits.isAcceptedDate(date)) {
                // the engine adds delays and periods to it: year 999,999,999 overflows
                problems.add(BucApiExceptions.problem(path, "date-range"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(BucApiExceptions.problem(path, "date", text));
            return null;
        }
    }

    private <E extends Enum<E>> @Nullable E enumValue(JsonNode parent, String name, String path, Function<String, E> valueOf,
                                                       E[] values, boolean required) {
        String text = string(parent, name, path, required);
        if (text == null) {
            return null;
        }
        try {
            return valueOf.apply(text);
        } catch (IllegalArgumentException e) {
            problems.add(BucApiExceptions.problem(path, "enum", text,
                    String.join(", ", Arrays.stream(values).map(Enum::name).toList())));
            return null;
        }
    }
}
