package app;

import java.util.ArrayList;
import java.util.List;

public class App {
    public static void main(String[] args) {
        List<String> words = new ArrayList<>();
        for (String a : args) {
            words.add(a.toUpperCase());
        }
        System.out.println("running from a jar: " + App.class.getName());
        System.out.println("args: " + words);
        System.out.println(Helper.greet("jar"));
    }
}

class Helper {
    static String greet(String who) {
        return "hello, " + who;
    }
}
