package org.liaison.agreements;

import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.LocalizedText;

/**
 * A parameter of an instrument on a date: either known (a value with its status and source) or unknown. The
 * coordination engine must handle both; an unknown parameter is never replaced by a guess.
 *
 * @param <T> the value type, e.g. {@code Integer} for a number of months
 */
public sealed interface Parameter<T> {

    /** A value read in (or taken from) a source; {@code status} says whether it still needs checking. */
    record Known<T>(T value, FactStatus status, String source, LocalizedText note) implements Parameter<T> {
    }

    /** No value is known; {@code note} may say what is known about it. */
    record Unknown<T>(LocalizedText note) implements Parameter<T> {
    }

    static <T> Parameter<T> unknown() {
        return new Unknown<>(LocalizedText.EMPTY);
    }

    /**
     * The parameter a fact of that type gives: none, or one of status unknown, is an unknown parameter (with the
     * fact's note); otherwise its value read as the type says, spaces around it ignored, with its status (a
     * {@code to_check} value is used, and says so), source and note.
     *
     * @throws IllegalArgumentException when the type's values are not of {@code valueType}, or the fact is of
     *                                  another type or its value cannot be read
     */
    static <T> Parameter<T> of(@Nullable Fact fact, FactType type, Class<T> valueType) {
        type.requireValuesOf(valueType);
        if (fact == null) {
            return unknown();
        }
        if (fact.type() != type) {
            throw new IllegalArgumentException("A " + fact.type().code() + " fact is not a " + type.code());
        }
        if (fact.status() == FactStatus.UNKNOWN) {
            return new Unknown<>(fact.note());
        }
        return new Known<>(valueType.cast(type.parse(fact.value())), fact.status(), fact.source(), fact.note());
    }

    default boolean isKnown() {
        return this instanceof Known<T>;
    }

    default Optional<T> optional() {
        return this instanceof Known<T> known ? Optional.of(known.value()) : Optional.empty();
    }

    default FactStatus status() {
        return this instanceof Known<T> known ? known.status() : FactStatus.UNKNOWN;
    }

    default <R> Parameter<R> map(Function<T, R> mapper) {
        if (this instanceof Known<T> k) {
            return new Known<>(mapper.apply(k.value()), k.status(), k.source(), k.note());
        }
        return new Unknown<>(((Unknown<T>) this).note());
    }
}
