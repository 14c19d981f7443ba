package org.liaison.shared;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message bundle read without any framework, for the pure engines: each text in French (the bundle's default
 * file) and English ({@code _en}), placeholders filled with {@link MessageFormat}. Texts with placeholders use the
 * typographic apostrophe (’), since MessageFormat treats a straight quote as an escape.
 */
public final class TextBundle {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String name;
    private final ResourceBundle french;
    private final ResourceBundle english;

    private TextBundle(String name) {
        this.name = name;
        this.french = ResourceBundle.getBundle(name, Locale.ROOT, NO_FALLBACK);
        this.english = ResourceBundle.getBundle(name, Locale.ENGLISH, NO_FALLBACK);
    }

    private static final Map<String, TextBundle> BUNDLES = new ConcurrentHashMap<>();

    /** The bundle of that base name, e.g. {@code i18n.rules} for {@code i18n/rules.properties}. */
    public static TextBundle of(String baseName) {
        return BUNDLES.computeIfAbsent(baseName, TextBundle::new);
    }

    /** The text for the key in both languages; a {@link Text} argument is put in each text's language. */
    public LocalizedText text(String key, Object... args) {
        return new LocalizedText(format(french, Locale.FRENCH, key, args), format(english, Locale.ENGLISH, key, args));
    }

    /**
     * The key and its arguments as a {@link Message}, formatted only when someone reads it (a {@code null} argument
     * reads {@code null}, as when formatted at once).
     */
    public Message message(String key, Object... args) {
        Object[] arguments = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                arguments = arguments == args ? args.clone() : arguments;
                arguments[i] = "null";
            }
        }
        return Message.of(name, key, arguments);
    }

    /** The text for the key in the locale's language only (English for {@code en}, French otherwise). */
    public String format(String key, Locale locale, Object... args) {
        boolean inEnglish = locale != null && "en".equals(locale.getLanguage());
        return inEnglish ? format(english, Locale.ENGLISH, key, args) : format(french, Locale.FRENCH, key, args);
    }

    public boolean has(String key) {
        return french.containsKey(key);
    }

    private String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text " + key + " in " + name, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] localized = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // a number stays a number where the pattern formats it ({0,choice,...}, {0,number}); elsewhere it is
            // written as it is, without the locale's grouping
            boolean formatted = args[i] instanceof Number && i < formats.length && formats[i] != null;
            localized[i] = args[i] instanceof Text t ? t.in(locale) : formatted ? args[i] : String.valueOf(args[i]);
        }
        return format.format(localized);
    }
}
