public class ClassCastMessages {
    static class Animal {}

    static class Dog extends Animal {}

    static class Cat extends Animal {}

    interface Pet {}

    public static void main(String[] args) {
        Animal a = new Cat();
        try {
            Dog d = (Dog) a;
            System.out.println("not reached " + d);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        Object o = "a string";
        try {
            Integer i = (Integer) o;
            System.out.println("not reached " + i);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            Animal x = (Animal) o;
            System.out.println("not reached " + x);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            Pet p = (Pet) new Dog();
            System.out.println("not reached " + p);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        Object num = 42;
        try {
            String s = (String) num;
            System.out.println("not reached " + s);
        } catch (ClassCastException e) {
            System.out.println(e);
        }
        // successful casts
        Object dog = new Dog();
        Animal asAnimal = (Animal) dog;
        Dog asDog = (Dog) asAnimal;
        System.out.println("cast ok: " + asDog.getClass().getSimpleName());
        Object nothing = null;
        Dog nullDog = (Dog) nothing;
        System.out.println("null cast ok: " + nullDog);
        // cast exception caught as RuntimeException
        try {
            Object f = 1.5;
            Long l = (Long) f;
            System.out.println(l);
        } catch (RuntimeException e) {
            System.out.println("as RuntimeException: " + e.getClass().getName());
        }
    }
}
