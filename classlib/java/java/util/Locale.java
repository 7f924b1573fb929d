package java.util;

/**
 * A language and region. crema formats and converts case the same way
 * for every locale, so a Locale only carries its names.
 */
public final class Locale implements java.io.Serializable {
    public static final Locale ROOT = new Locale("", "");
    public static final Locale ENGLISH = new Locale("en", "");
    public static final Locale US = new Locale("en", "US");
    public static final Locale UK = new Locale("en", "GB");

    private final String language;
    private final String country;

    public Locale(String language) {
        this(language, "");
    }

    public Locale(String language, String country) {
        this.language = language.toLowerCase();
        this.country = country.toUpperCase();
    }

    private static volatile Locale defaultLocale;

    /** The locale of the user.language and user.country properties (set from the environment). */
    public static Locale getDefault() {
        Locale l = defaultLocale;
        if (l == null) {
            l = new Locale(System.getProperty("user.language", "en"), System.getProperty("user.country", ""));
            defaultLocale = l;
        }
        return l;
    }

    public static synchronized void setDefault(Locale newLocale) {
        defaultLocale = Objects.requireNonNull(newLocale, "Can't set default locale to NULL");
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String toString() {
        if (country.isEmpty()) {
            return language;
        }
        return language + "_" + country;
    }

    public boolean equals(Object o) {
        return o instanceof Locale && ((Locale) o).language.equals(language) && ((Locale) o).country.equals(country);
    }

    public int hashCode() {
        return language.hashCode() * 31 + country.hashCode();
    }
}
