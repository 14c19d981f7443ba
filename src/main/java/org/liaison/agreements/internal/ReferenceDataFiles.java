package org.liaison.agreements.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioned data files under {@code reference/agreements/} on the class path, with their joint checksum.
 * Plain Java, so that tests and benchmarks read the same files without Spring.
 */
public record ReferenceDataFiles(Map<String, String> contents) {

    public static final String NAME = "agreements";
    static final List<String> FILES = List.of("partners.csv", "instruments.csv", "instrument-partners.csv",
            "facts.csv", "timeline.csv");
    private static final String LOCATION = "reference/agreements/";

    public static ReferenceDataFiles fromClasspath() {
        ClassLoader loader = ReferenceDataFiles.class.getClassLoader();
        Map<String, String> contents = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = loader.getResourceAsStream(LOCATION + file)) {
                if (in == null) {
                    throw new ReferenceDataException("Missing reference data file " + LOCATION + file);
                }
                contents.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ReferenceDataException("Cannot read " + LOCATION + file, e);
            }
        }
        return new ReferenceDataFiles(Map.copyOf(contents));
    }

    public String content(String file) {
        String text = contents.get(file);
        if (text == null) {
            throw new ReferenceDataException("Missing reference data file " + file);
        }
        return text;
    }

    /** SHA-256 over the files' names and contents, in a fixed order. */
    public String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content(file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ReferenceData parse() {
        return new ReferenceDataParser().parse(this);
    }
}
