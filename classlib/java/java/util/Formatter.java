package java.util;
public final class Formatter {
    public static String formatToString(String format, Object... args) { return format; }
    private static native String formatFixed(double value, int precision);
    private static native String formatScientific(double value, int precision);
}
