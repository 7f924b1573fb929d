public class InnerClasses {
    private int value = 10;
    private String name;

    InnerClasses(String name) {
        this.name = name;
    }

    class Inner {
        int value = 20;

        String show() {
            int value = 30;
            return "local=" + value + " inner=" + this.value + " outer=" + InnerClasses.this.value + " name=" + name;
        }

        void modifyOuter() {
            InnerClasses.this.value += 100;
            name = name + "!";
        }

        class Deeper {
            String show() {
                return "deeper sees " + value + " and " + InnerClasses.this.value + " of " + name;
            }
        }
    }

    class Account {
        private int balance;

        void deposit(int amount) {
            balance += amount;
            value += amount;
        }
    }

    Inner make() {
        return new Inner();
    }

    static class StaticNested {
        int data;

        StaticNested(int d) {
            data = d;
        }

        String show(InnerClasses outer) {
            return "nested reading private outer field: " + outer.value;
        }
    }

    class Node {
        final int v;
        final Node next;

        Node(int v, Node next) {
            this.v = v;
            this.next = next;
        }

        int sum() {
            return v + (next == null ? 0 : next.sum());
        }
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses("outer1");
        InnerClasses.Inner in = outer.new Inner();
        System.out.println(in.show());
        in.modifyOuter();
        System.out.println(in.show());
        System.out.println(outer.value + " " + outer.name);
        InnerClasses.Inner.Deeper d = in.new Deeper();
        System.out.println(d.show());
        InnerClasses other = new InnerClasses("outer2");
        Inner in2 = other.make();
        System.out.println(in2.show());
        Account acc1 = other.new Account();
        Account acc2 = other.new Account();
        acc1.deposit(5);
        acc2.deposit(7);
        acc1.deposit(1);
        System.out.println("balances " + acc1.balance + " " + acc2.balance + " outer value " + other.value);
        StaticNested sn = new StaticNested(3);
        System.out.println(sn.data + " " + sn.show(outer));
        Node list = outer.new Node(1, outer.new Node(2, outer.new Node(3, null)));
        System.out.println("list sum " + list.sum());
        System.out.println(in.getClass().getName() + " " + d.getClass().getName() + " " + sn.getClass().getName());
    }
}
