package org.liaison.coordination;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The facts a requirement check used: a handful of named values, immutable, in the order given. A check has one to
 * five of them and the engines build millions of checks in batch work, where hashing each into a {@link Map#of}
 * table was the largest single cost after the texts had gone: they are kept in one array and read by a scan. As a
 * {@link Map} they equal any other map of the same entries.
 */
public final class Facts extends AbstractMap<String, String> {

    private final String[] namesAndValues;

    private Facts(String[] namesAndValues) {
        this.namesAndValues = namesAndValues;
    }

    /**
     * The facts {@code name1, value1, name2, value2...}.
     *
     * @throws IllegalArgumentException on an odd count or a name given twice; {@code NullPointerException} on a null
     */
    public static Map<String, String> of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Facts come as names and values");
        }
        String[] copy = namesAndValues.clone();
        for (int i = 0; i < copy.length; i++) {
            Objects.requireNonNull(copy[i], "fact");
            for (int j = 0; i % 2 == 0 && j < i; j += 2) {
                if (copy[j].equals(copy[i])) {
                    throw new IllegalArgumentException("Fact named twice: " + copy[i]);
                }
            }
        }
        return new Facts(copy);
    }

    @Override
    public int size() {
        return namesAndValues.length / 2;
    }

    @Override
    public String get(Object name) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(name)) {
                return namesAndValues[i + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < namesAndValues.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        next += 2;
                        return new SimpleImmutableEntry<>(namesAndValues[next - 2], namesAndValues[next - 1]);
                    }
                };
            }

            @Override
            public int size() {
                return Facts.this.size();
            }
        };
    }
}
