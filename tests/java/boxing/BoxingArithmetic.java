public class BoxingArithmetic {
    static int sum(Integer... xs) {
        int s = 0;
        for (Integer x : xs) s += x;
        return s;
    }

    static Object identity(Object o) {
        return o;
    }

    static long widen(long l) {
        return l;
    }

    public static void main(String[] args) {
        Integer a = 10;
        Integer b = 20;
        Integer c = a + b;
        System.out.println("a + b = " + c);
        Integer d = a * b - c / 3;
        System.out.println("a * b - c / 3 = " + d);
        a++;
        b += 5;
        System.out.println("after ++ and += : " + a + " " + b);
        Long big = 1L << 40;
        big *= 3;
        System.out.println("Long arithmetic: " + big);
        Double ratio = 0.5;
        ratio = ratio * a;
        System.out.println("Double arithmetic: " + ratio);
        Character ch = 'a';
        ch++;
        System.out.println("Character ++: " + ch);
        int fromChar = ch + 1;
        System.out.println("Character + 1: " + fromChar);
        Boolean flag = !Boolean.FALSE;
        System.out.println("Boolean negation: " + flag);
        Short sh = 10;
        Byte by = 3;
        int mixed = sh + by;
        System.out.println("Short + Byte = " + mixed);
        // comparisons with unboxing
        Integer big1 = 1000, big2 = 1000;
        System.out.println("1000 < 1000: " + (big1 < big2) + ", <=: " + (big1 <= big2) + ", ==: " + (big1 == big2) + ", equals: " + big1.equals(big2));
        // mixed types in ternary cause unboxing
        Integer i1 = 5;
        Double d1 = 2.5;
        Object result = true ? i1 : d1;
        System.out.println("ternary result " + result + " " + result.getClass().getSimpleName());
        // boxing in varargs and Object parameters
        System.out.println("sum(varargs) = " + sum(1, 2, 3, 4));
        System.out.println(identity(5).getClass().getName() + " " + identity(5L).getClass().getName() + " "
            + identity('x').getClass().getName() + " " + identity(1.5f).getClass().getName() + " " + identity(true).getClass().getName()
            + " " + identity((byte) 1).getClass().getName() + " " + identity((short) 1).getClass().getName());
        // widening then no boxing
        System.out.println("widen(int) = " + widen(a));
        // boxing in loops with accumulation
        Long total = 0L;
        for (int i = 0; i < 1000; i++) total += i;
        System.out.println("total = " + total);
        // box conversion methods
        Integer boxed = 65;
        System.out.println(boxed.byteValue() + " " + boxed.shortValue() + " " + boxed.longValue() + " " + boxed.floatValue() + " " + boxed.doubleValue());
        Double dd = 3.99;
        System.out.println(dd.intValue() + " " + dd.longValue() + " " + dd.floatValue());
        Integer neg = -200;
        System.out.println(neg.byteValue() + " " + neg.shortValue());
        // Number polymorphism
        Number[] numbers = {1, 2L, 3.5f, 4.25, (short) 5, (byte) 6};
        double s = 0;
        for (Number num : numbers) s += num.doubleValue();
        System.out.println("sum of numbers " + s);
        // MIN/MAX constants as boxes
        System.out.println(Integer.MAX_VALUE + 1 + " " + (Integer.valueOf(Integer.MAX_VALUE) + 1));
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Integer.min(3, 4) + " " + Long.sum(1L, 2L) + " " + Double.sum(0.5, 0.25));
    }
}
