package org.liaison.shared;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message of a bundle and its arguments, kept as codes and facts and rendered in the reader's language only when
 * asked (a page, an API answer, a PDF): work that never shows it, e.g. re-assessing every certificate in a batch,
 * pays no formatting. An argument that is a {@link Text} is rendered in the same language.
 *
 * @param bundle    the bundle's base name, e.g. {@code i18n.rules} for {@code i18n/rules.properties}
 * @param key       the message's key in that bundle
 * @param arguments the values of its placeholders, in order
 */
public record Message(String bundle, String key, List<Object> arguments) implements Text {

    public Message {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Message of(String bundle, String key, Object... arguments) {
        return new Message(bundle, key, List.of(arguments));
    }

    @Override
    public String in(Locale locale) {
        return TextBundle.of(bundle).format(key, locale, arguments.toArray());
    }
}
