package io.github.dockertutor;
public final class Main { public static void main(String[] a) {} }
