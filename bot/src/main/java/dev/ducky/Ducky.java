package dev.ducky;

public final class Ducky {
    public static void main(String[] args) {
        System.out.println("ducky");
    }
}
