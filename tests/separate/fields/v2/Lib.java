public class Lib {
    public static int renamed = 1;
    public static int size = 2;
    public int label = 4;
    public int wide = 3;
}
