public class ArrayCovariance {
    static class Animal {
        public String toString() { return getClass().getSimpleName(); }
    }

    static class Dog extends Animal {}

    static class Cat extends Animal {}

    public static void main(String[] args) {
        String[] strings = {"a", "b"};
        Object[] objects = strings;
        System.out.println("String[] is Object[]: " + (objects instanceof String[]));
        try {
            objects[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        objects[1] = "still fine";
        System.out.println(strings[0] + " " + strings[1]);
        Dog[] dogs = new Dog[2];
        Animal[] animals = dogs;
        animals[0] = new Dog();
        try {
            animals[1] = new Cat();
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        System.out.println(dogs[0] + " " + dogs[1]);
        try {
            animals[1] = null; // null is always storable
            System.out.println("stored null ok");
        } catch (ArrayStoreException e) {
            System.out.println("unexpected");
        }
        Object[][] matrix = new String[2][2];
        try {
            matrix[0] = new Integer[2];
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        try {
            matrix[0][0] = 1.5;
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Object o = new int[3];
        Object[] objArr = new Object[] {new int[1]};
        try {
            objArr[0] = new long[1];
            System.out.println("int[] slot in Object[] accepts long[]");
        } catch (ArrayStoreException e) {
            System.out.println("unexpected");
        }
        // instanceof on array types
        System.out.println("int[] instanceof Object: " + (o instanceof Object));
        System.out.println("int[] instanceof int[]: " + (o instanceof int[]));
        System.out.println("int[] instanceof long[]: " + (o instanceof long[]));
        System.out.println("int[] instanceof Object[]: " + (o instanceof Object[]));
        System.out.println("int[] instanceof Cloneable: " + (o instanceof Cloneable));
        System.out.println("int[] instanceof java.io.Serializable: " + (o instanceof java.io.Serializable));
        Object sa = new String[0];
        System.out.println("String[] instanceof Object[]: " + (sa instanceof Object[]));
        System.out.println("String[] instanceof CharSequence[]: " + (sa instanceof CharSequence[]));
        System.out.println("String[] instanceof Comparable[]: " + (sa instanceof Comparable[]));
        System.out.println("String[] instanceof Integer[]: " + (sa instanceof Integer[]));
        Object twoD = new String[1][1];
        System.out.println("String[][] instanceof Object[]: " + (twoD instanceof Object[]));
        System.out.println("String[][] instanceof Object[][]: " + (twoD instanceof Object[][]));
        System.out.println("String[][] instanceof CharSequence[][]: " + (twoD instanceof CharSequence[][]));
        System.out.println("String[][] instanceof String[]: " + (twoD instanceof String[]));
        Object intGrid = new int[1][1];
        System.out.println("int[][] instanceof Object[]: " + (intGrid instanceof Object[]));
        System.out.println("int[][] instanceof int[][]: " + (intGrid instanceof int[][]));
        Object dogArr = new Dog[0];
        System.out.println("Dog[] instanceof Animal[]: " + (dogArr instanceof Animal[]));
        System.out.println("Animal[] instanceof Dog[]: " + (new Animal[0] instanceof Object && ((Object) new Animal[0]) instanceof Dog[]));
        // Class.isInstance with arrays
        System.out.println(Object[].class.isInstance(new Dog[1]) + " " + int[].class.isInstance(new Integer[1]));
        // casting arrays
        Object[] maybeStrings = new String[] {"x"};
        String[] back = (String[]) maybeStrings;
        System.out.println("cast back: " + back[0]);
        Object[] plain = new Object[] {"x"};
        try {
            String[] bad = (String[]) plain;
            System.out.println("not reached " + bad.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
        try {
            int[] bad = (int[]) o;
            long[] worse = (long[]) (Object) bad;
            System.out.println("not reached " + worse.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
    }
}
