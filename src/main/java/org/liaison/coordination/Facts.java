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
     * @throws IllegalArgumentException on an odd count; {@code NullPointerException} on a null (a name given twice
     *                                  fails an assertion: the names are written in the engines' code)
     */
    public static Map<String, String> of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Facts come as names and values");
        }
        String[] copy = namesAndValues.clone();
        for (String nameOrValue : copy) {
            Objects.requireNonNull(nameOrValue, "fact");
        }
        assert distinctNames(copy) : "Fact named twice: " + String.join(", ", copy);
        return new Facts(copy);
    }

    private static boolean distinctNames(String[] namesAndValues) {
        for (int i = 2; i < namesAndValues.length; i += 2) {
            for (int j = 0; j < i; j += 2) {
                if (namesAndValues[j].equals(namesAndValues[i])) {
                    return false;
                }
            }
        }
        return true;
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
