package org.liaison.exchange.internal.bucs.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.liaison.exchange.bucs.BucAdminRule;
import org.liaison.exchange.bucs.BucDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the BUC definitions from the class path: {@code exchange/bucs/index.json} names the versions and the files of
 * each version folder ({@code administrative.json} first, then one file per sector). Any problem stops the loading with
 * the file and the JSON path, so that a broken definition never reaches a running hub.
 */
public final class BucDefinitionLoader {

    public static final String ROOT = "exchange/bucs/";
    static final String ADMINISTRATIVE = "administrative.json";

    private final ClassLoader classLoader;
    private final String root;
    private final JsonMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    public BucDefinitionLoader(ClassLoader classLoader, String root) {
        this.classLoader = classLoader;
        this.root = root.endsWith("/") ? root : root + "/";
    }

    public BucDefinitionLoader(ClassLoader classLoader) {
        this(classLoader, ROOT);
    }

    public List<BucDefinition> load() {
        String indexFile = root + "index.json";
        JsonNode index = read(indexFile);
        JsonReader reader = new JsonReader();
        List<String> versions = reader.isObject(index, "$") ? reader.strings(index, "versions", "$", Formats.VERSION, true) : List.of();
        List<String> files = reader.isObject(index, "$") ? reader.strings(index, "files", "$", Formats.ANY_TEXT, true) : List.of();
        if (!files.isEmpty() && !ADMINISTRATIVE.equals(files.get(0))) {
            reader.problem("$.files[0]", "must be " + ADMINISTRATIVE + ", which every sector file uses");
        }
        failOn(indexFile, reader);
        List<BucDefinition> definitions = new ArrayList<>();
        for (String version : versions) {
            String adminFile = root + version + "/" + ADMINISTRATIVE;
            JsonReader adminReader = new JsonReader();
            List<BucAdminRule> administrative = AdministrativeParser.parse(adminReader, read(adminFile), version);
            failOn(adminFile, adminReader);
            for (String file : files.subList(1, files.size())) {
                String path = root + version + "/" + file;
                JsonReader sectorReader = new JsonReader();
                definitions.addAll(SectorParser.parse(sectorReader, read(path), version, administrative));
                failOn(path, sectorReader);
            }
        }
        return definitions;
    }

    private JsonNode read(String file) {
        try (InputStream in = classLoader.getResourceAsStream(file)) {
            if (in == null) {
                throw new BucDefinitionException(file, List.of("the file is missing"));
            }
            return json.readTree(in);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new BucDefinitionException(file, List.of("$: not valid JSON" + where + " (" + e.getOriginalMessage() + ")"));
        } catch (IOException e) {
            throw new BucDefinitionException(file, List.of("unreadable: " + e.getMessage()));
        }
    }

    private static void failOn(String file, JsonReader reader) {
        if (!reader.problems().isEmpty()) {
            throw new BucDefinitionException(file, reader.problems());
        }
    }
}
