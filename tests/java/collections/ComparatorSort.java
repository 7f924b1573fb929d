import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class ComparatorSort {
    static class Person {
        final String name;
        final int age;
        final String city;

        Person(String name, int age, String city) {
            this.name = name;
            this.age = age;
            this.city = city;
        }

        public String toString() {
            return name + "(" + age + "," + city + ")";
        }
    }

    static class ByAge implements Comparator<Person> {
        public int compare(Person a, Person b) {
            return Integer.compare(a.age, b.age);
        }
    }

    public static void main(String[] args) {
        Person[] people = {
            new Person("Ann", 31, "Oslo"), new Person("Bob", 25, "Rome"), new Person("Cid", 31, "Lima"),
            new Person("Dee", 19, "Oslo"), new Person("Eve", 25, "Lima"), new Person("Fay", 31, "Rome"),
            new Person("Gus", 19, "Rome"), new Person("Hal", 40, "Oslo"), new Person("Ivy", 25, "Oslo")
        };
        Person[] byAge = people.clone();
        Arrays.sort(byAge, new ByAge());
        System.out.println("by age (stable): " + Arrays.toString(byAge));
        Person[] byCity = people.clone();
        Arrays.sort(byCity, new Comparator<Person>() {
            public int compare(Person a, Person b) {
                return a.city.compareTo(b.city);
            }
        });
        System.out.println("by city (stable): " + Arrays.toString(byCity));
        // stable sort twice: by age then by city gives city-major, age-minor
        Person[] twoPass = people.clone();
        Arrays.sort(twoPass, new ByAge());
        Arrays.sort(twoPass, new Comparator<Person>() {
            public int compare(Person a, Person b) {
                return a.city.compareTo(b.city);
            }
        });
        System.out.println("city then age: " + Arrays.toString(twoPass));
        Person[] desc = people.clone();
        Arrays.sort(desc, new Comparator<Person>() {
            public int compare(Person a, Person b) {
                int c = Integer.compare(b.age, a.age);
                return c != 0 ? c : b.name.compareTo(a.name);
            }
        });
        System.out.println("age desc, name desc: " + Arrays.toString(desc));
        // strings by length, stable for equal lengths
        String[] words = {"pear", "fig", "banana", "kiwi", "apple", "plum", "date", "cherry", "lime", "grape"};
        Arrays.sort(words, new Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() - b.length();
            }
        });
        System.out.println(Arrays.toString(words));
        // case-insensitive
        String[] mixed = {"delta", "Alpha", "charlie", "Bravo", "alpha", "ECHO"};
        Arrays.sort(mixed, new Comparator<String>() {
            public int compare(String a, String b) {
                return a.toLowerCase().compareTo(b.toLowerCase());
            }
        });
        System.out.println(Arrays.toString(mixed));
        // Integer objects with a reversing comparator
        Integer[] nums = {5, 3, 9, 1, 5, 7, 3};
        Arrays.sort(nums, new Comparator<Integer>() {
            public int compare(Integer a, Integer b) {
                return b.compareTo(a);
            }
        });
        System.out.println(Arrays.toString(nums));
        // larger stable sort: many equal keys
        Person[] crowd = new Person[60];
        for (int i = 0; i < crowd.length; i++) crowd[i] = new Person("p" + i, (i * 7) % 5, "c");
        Arrays.sort(crowd, new ByAge());
        StringBuilder sb = new StringBuilder();
        for (Person p : crowd) sb.append(p.name).append(' ');
        System.out.println(sb.toString().trim());
        // sorting a list via toArray
        List<Person> list = new ArrayList<>(Arrays.asList(people));
        Person[] arr = list.toArray(new Person[0]);
        Arrays.sort(arr, new Comparator<Person>() {
            public int compare(Person a, Person b) {
                return a.name.compareTo(b.name) * -1;
            }
        });
        System.out.println(Arrays.toString(arr));
        // natural ordering of Comparable objects
        String[] natural = {"b", "B", "a", "A", "_", "1"};
        Arrays.sort(natural);
        System.out.println(Arrays.toString(natural));
    }
}
