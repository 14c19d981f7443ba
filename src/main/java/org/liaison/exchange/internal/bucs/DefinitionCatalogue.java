package org.liaison.exchange.internal.bucs;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucDefinitions;
import org.liaison.exchange.bucs.BucType;

/** The loaded BUC definitions, immutable, per version and BUC code. */
public final class DefinitionCatalogue implements BucDefinitions {

    private final Map<String, Map<BucType, BucDefinition>> byVersion;

    public DefinitionCatalogue(List<BucDefinition> definitions) {
        Map<String, Map<BucType, BucDefinition>> versions = new TreeMap<>(DefinitionCatalogue::compareVersions);
        for (BucDefinition definition : definitions) {
            Map<BucType, BucDefinition> bucs = versions.computeIfAbsent(definition.version(), v -> new TreeMap<>());
            if (bucs.putIfAbsent(definition.type(), definition) != null) {
                throw new IllegalArgumentException("Two definitions of " + definition.type() + " " + definition.version());
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("No BUC definition at all");
        }
        versions.replaceAll((version, bucs) -> Map.copyOf(bucs));
        this.byVersion = versions;
    }

    @Override
    public List<String> versions() {
        return List.copyOf(byVersion.keySet());
    }

    @Override
    public List<BucDefinition> all(String version) {
        return byVersion.getOrDefault(version, Map.of()).values().stream()
                .sorted(Comparator.comparing(BucDefinition::type)).toList();
    }

    @Override
    public Optional<BucDefinition> find(BucType type, String version) {
        return Optional.ofNullable(byVersion.getOrDefault(version, Map.of()).get(type));
    }

    /** "4.2" before "4.3" before "4.10". */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int l = i < left.length ? Integer.parseInt(left[i]) : 0;
            int r = i < right.length ? Integer.parseInt(right[i]) : 0;
            if (l != r) {
                return Integer.compare(l, r);
            }
        }
        return 0;
    }
}
