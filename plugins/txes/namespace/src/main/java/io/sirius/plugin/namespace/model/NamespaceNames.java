package io.sirius.plugin.namespace.model;

/**
 * Which namespace names Sirius accepts (its {@code NameChecker}): at least one character; the first a lower-case
 * ASCII letter or a digit; every other one a lower-case letter, a digit, {@code -} or {@code _}. The network's
 * {@code maxNameSize} limits the length separately.
 */
public final class NamespaceNames {

    private NamespaceNames() {
    }

    /**
     * @param name one part of a namespace name, as its ISO-8859-1 characters (one per byte)
     * @return whether Sirius accepts its characters
     */
    public static boolean isValid(String name) {
        if (name.isEmpty() || !isAlphanumeric(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAlphanumeric(c) && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
