public class FieldHiding {
    static class Parent {
        String name = "parent-field";
        static String kind = "parent-static";
        int value = 1;

        String getName() { return name; }
        static String getKind() { return kind; }
        String directValue() { return "value=" + value; }
    }

    static class Child extends Parent {
        String name = "child-field";
        static String kind = "child-static";
        double value = 2.5;

        String getName() { return name; }
        static String getKind() { return kind; }
        String both() { return name + " / " + super.name + " / " + ((Parent) this).name; }
        String values() { return value + " " + super.value; }
    }

    static class GrandChild extends Child {
        String describe() { return name + " " + ((Parent) this).name + " " + value; }
    }

    public static void main(String[] args) {
        Parent p = new Parent();
        Child c = new Child();
        Parent pc = c;
        System.out.println("p.name = " + p.name);
        System.out.println("c.name = " + c.name);
        System.out.println("pc.name (static type Parent) = " + pc.name);
        System.out.println("pc.getName() (virtual) = " + pc.getName());
        System.out.println("((Parent) c).name = " + ((Parent) c).name);
        System.out.println("c.both() = " + c.both());
        System.out.println("c.values() = " + c.values());
        System.out.println("pc.value = " + pc.value);
        System.out.println("pc.directValue() = " + pc.directValue());
        System.out.println("Parent.kind = " + Parent.kind + ", Child.kind = " + Child.kind);
        System.out.println("pc.getKind() (static, by static type) = " + pc.getKind());
        System.out.println("c.getKind() = " + c.getKind());
        System.out.println("Parent.getKind() = " + Parent.getKind() + ", Child.getKind() = " + Child.getKind());
        GrandChild g = new GrandChild();
        System.out.println("g.describe() = " + g.describe());
        System.out.println("g.kind (inherited hidden static) = " + g.kind);
        c.name = "changed-child";
        ((Parent) c).name = "changed-parent";
        System.out.println(c.both());
        Child.kind = "child-static-2";
        System.out.println(Parent.kind + " " + Child.kind + " " + GrandChild.kind);
    }
}
