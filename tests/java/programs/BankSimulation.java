import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class BankSimulation {
    static class InsufficientFundsException extends Exception {
        InsufficientFundsException(String account, long needed, long available) {
            super(String.format("account %s needs %d.%02d but has %d.%02d", account, needed / 100, needed % 100,
                available / 100, available % 100));
        }
    }

    static class AccountNotFoundException extends RuntimeException {
        AccountNotFoundException(String id) {
            super("no such account: " + id);
        }
    }

    static abstract class Account {
        final String id;
        final String owner;
        protected long balanceCents;
        final List<String> history = new ArrayList<>();

        Account(String id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        void deposit(long cents) {
            if (cents <= 0) throw new IllegalArgumentException("deposit must be positive: " + cents);
            balanceCents += cents;
            history.add("+" + cents);
        }

        void withdraw(long cents) throws InsufficientFundsException {
            if (cents <= 0) throw new IllegalArgumentException("withdrawal must be positive: " + cents);
            if (cents > available()) throw new InsufficientFundsException(id, cents, available());
            balanceCents -= cents;
            history.add("-" + cents);
        }

        long available() {
            return balanceCents;
        }

        abstract void endOfMonth();

        abstract String type();

        public String toString() {
            return String.format("%-8s %-6s %-7s %10.2f", id, type(), owner, balanceCents / 100.0);
        }
    }

    static class Checking extends Account {
        final long overdraft;

        Checking(String id, String owner, long overdraft) {
            super(id, owner);
            this.overdraft = overdraft;
        }

        long available() {
            return balanceCents + overdraft;
        }

        void endOfMonth() {
            if (balanceCents < 0) {
                long fee = 1500;
                balanceCents -= fee;
                history.add("fee " + fee);
            }
        }

        String type() {
            return "CHK";
        }
    }

    static class Savings extends Account {
        final int basisPoints;

        Savings(String id, String owner, int basisPoints) {
            super(id, owner);
            this.basisPoints = basisPoints;
        }

        void endOfMonth() {
            long interest = balanceCents * basisPoints / 10000 / 12;
            if (interest > 0) {
                balanceCents += interest;
                history.add("interest " + interest);
            }
        }

        String type() {
            return "SAV";
        }
    }

    static class Bank {
        private final Map<String, Account> accounts = new HashMap<>();
        private final List<String> order = new ArrayList<>();
        int failedOps;

        void open(Account a) {
            accounts.put(a.id, a);
            order.add(a.id);
        }

        Account find(String id) {
            Account a = accounts.get(id);
            if (a == null) throw new AccountNotFoundException(id);
            return a;
        }

        void transfer(String from, String to, long cents) {
            Account src = find(from);
            Account dst = find(to);
            try {
                src.withdraw(cents);
                dst.deposit(cents);
                System.out.println("transfer " + cents + " " + from + " -> " + to + " ok");
            } catch (InsufficientFundsException e) {
                failedOps++;
                System.out.println("transfer failed: " + e.getMessage());
            }
        }

        void report() {
            long total = 0;
            for (String id : order) {
                Account a = accounts.get(id);
                System.out.println("  " + a);
                total += a.balanceCents;
            }
            System.out.println(String.format("  total %,.2f", total / 100.0));
        }
    }

    public static void main(String[] args) {
        Bank bank = new Bank();
        bank.open(new Checking("C-100", "alice", 50000));
        bank.open(new Savings("S-200", "alice", 450));
        bank.open(new Checking("C-300", "bob", 0));
        bank.open(new Savings("S-400", "carol", 1200));
        bank.find("C-100").deposit(120050);
        bank.find("S-200").deposit(1000000);
        bank.find("C-300").deposit(2599);
        bank.find("S-400").deposit(333333);
        bank.report();
        bank.transfer("C-100", "C-300", 100000);
        bank.transfer("C-300", "S-400", 200000);
        bank.transfer("C-100", "S-200", 60000);
        bank.transfer("C-100", "S-200", 20000);
        bank.transfer("S-400", "C-100", 33333);
        try {
            bank.transfer("C-100", "X-999", 1);
        } catch (AccountNotFoundException e) {
            bank.failedOps++;
            System.out.println("error: " + e.getMessage());
        }
        try {
            bank.find("S-200").deposit(-5);
        } catch (IllegalArgumentException e) {
            bank.failedOps++;
            System.out.println("error: " + e.getMessage());
        }
        for (int month = 1; month <= 3; month++) {
            for (String id : bank.order) bank.accounts.get(id).endOfMonth();
            System.out.println("after month " + month + ":");
            bank.report();
        }
        System.out.println("failed operations: " + bank.failedOps);
        for (String id : bank.order) System.out.println(id + " history " + bank.accounts.get(id).history);
    }
}
