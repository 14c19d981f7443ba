package org.liaison.exchange.internal.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaison.exchange.seds.SedCatalogue;
import org.liaison.exchange.seds.SedField;
import org.liaison.exchange.seds.SedForm;
import org.liaison.exchange.seds.SedType;
import org.liaison.exchange.seds.SedValidation;
import org.liaison.exchange.seds.SedViolation;
import org.liaison.exchange.seds.UnknownSedException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SED catalogue read at start-up from {@code exchange/seds/catalogue.csv} and the schemas under
 * {@code exchange/schemas/<version>/<code>.schema.json} (with {@code envelope.schema.json} per version). Every schema
 * is compiled at start-up, so a broken file fails fast.
 */
@Service
class JsonSedCatalogue implements SedCatalogue {

    private static final Pattern SCHEMA_FILE = Pattern.compile(".*/exchange/schemas/([0-9]+\\.[0-9]+)/([A-Za-z0-9_]+)\\.schema\\.json$");
    private static final Pattern VARIANT = Pattern.compile("([A-Z]{1,2}[0-9]{3,5})_([A-Z]{2})");
    private static final String ENVELOPE = "envelope";

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final Map<String, SedType> types = new LinkedHashMap<>();
    /** version → code → schema text, envelope included under its own name */
    private final Map<String, Map<String, String>> schemas = new TreeMap<>(Comparator.comparing(JsonSedCatalogue::versionKey));
    /** parsed once, read only: the field lists and forms resolve their $refs in it */
    private final Map<String, JsonNode> envelopes = new java.util.concurrent.ConcurrentHashMap<>();
    private final ViolationMessages messages = new ViolationMessages();
    private final SchemaValidator validator = new SchemaValidator(messages);
    private final DocumentChecks checks = new DocumentChecks(messages);
    private final SchemaFieldList fieldList = new SchemaFieldList(this::envelopeTree);
    private final SchemaForms forms = new SchemaForms(this::envelopeTree);

    JsonSedCatalogue() {
        CatalogueFile.read().forEach(t -> types.put(t.code(), t));
        loadSchemas();
    }

    private void loadSchemas() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:exchange/schemas/*/*.schema.json")) {
                Matcher m = SCHEMA_FILE.matcher(resource.getURL().toString());
                if (m.matches()) {
                    schemas.computeIfAbsent(m.group(1), v -> new TreeMap<>())
                            .put(m.group(2), resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        schemas.forEach((version, byCode) -> byCode.keySet().forEach(code -> {
            if (!ENVELOPE.equals(code) && !types.containsKey(code)) {
                throw new IllegalStateException("Schema " + version + "/" + code + " names no SED of the catalogue");
            }
            validator.compile(version, code);
        }));
    }

    @Override
    public List<SedType> all() {
        return List.copyOf(types.values());
    }

    @Override
    public Optional<SedType> find(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        SedType type = types.get(wanted);
        if (type == null) {
            Matcher variant = VARIANT.matcher(wanted);
            if (variant.matches() && types.containsKey(variant.group(1))) {
                type = types.get(variant.group(1));
                type = type.variants().isEmpty() ? null : type; // the catalogue names some variants, not all ("P3000_FR, _DE …")
            }
        }
        return Optional.ofNullable(type);
    }

    @Override
    public List<String> versions() {
        return List.copyOf(schemas.keySet());
    }

    @Override
    public List<String> schemaVersions(String code) {
        String base = find(code).map(SedType::code).orElse("");
        return schemas.entrySet().stream().filter(e -> e.getValue().containsKey(base)).map(Map.Entry::getKey).toList();
    }

    @Override
    public Optional<String> schema(String code, String version) {
        return rawSchema(code, version).map(text -> {
            ObjectNode schema = (ObjectNode) json.readTree(text);
            ObjectNode envelope = (ObjectNode) json.readTree(schemas.get(version).get(ENVELOPE));
            envelope.remove("$schema");
            schema.putObject("$defs").set(ENVELOPE, envelope);
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(schema);
        });
    }

    @Override
    public Optional<String> envelopeSchema(String version) {
        return Optional.ofNullable(schemas.get(version)).map(byCode -> byCode.get(ENVELOPE));
    }

    @Override
    public List<SedField> fields(String code, String version) {
        return rawSchema(code, version).map(text -> fieldList.fields(version, json.readTree(text))).orElse(List.of());
    }

    @Override
    public Optional<SedForm> form(String code, String version) {
        String base = find(code).map(SedType::code).orElse("");
        return rawSchema(base, version).map(text -> forms.form(base, version, json.readTree(text)));
    }

    @Override
    public SedValidation validate(String code, String version, String document) {
        String base = find(code).map(SedType::code).orElseThrow(() -> new UnknownSedException(code, null));
        if (rawSchema(base, version).isEmpty()) {
            throw new UnknownSedException(code, version);
        }
        JsonNode tree;
        try {
            tree = json.readTree(document == null ? "" : document);
        } catch (InvalidFormatException e) {
            // well formed, but a text the application refuses (a control character): at its path
            return new SedValidation(base, version, List.of(messages.violation(path(e), "control-character")));
        } catch (JacksonException e) {
            // Jackson's own text is English, names its internals and may quote the document: position only
            var where = e.getLocation();
            return new SedValidation(base, version, List.of(where == null || where.getLineNr() < 1
                    ? messages.violation("$", "json-syntax-nowhere")
                    : messages.violation("$", "json-syntax", where.getLineNr(), where.getColumnNr())));
        }
        if (tree == null || tree.isMissingNode()) {
            return new SedValidation(base, version, List.of(messages.violation("$", "json-empty")));
        }
        List<SedViolation> violations = new ArrayList<>(validator.validate(version, base, tree));
        violations.addAll(checks.check(tree));
        return new SedValidation(base, version, violations);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private Optional<String> rawSchema(String code, String version) {
        String base = find(code).map(SedType::code).orElse("");
        return Optional.ofNullable(version == null ? null : schemas.get(version)).map(byCode -> byCode.get(base));
    }

    private JsonNode envelopeTree(String version) {
        return envelopes.computeIfAbsent(version, v -> json.readTree(schemas.get(v).get(ENVELOPE)));
    }

    private static String versionKey(String version) {
        String[] parts = version.split("\\.");
        return String.format("%05d.%05d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}
