public class Lib {
    public static int counter = 1;
    public int size = 2;
    public static String label = "label";
    public long wide = 3;
}
