package io.sirius.api.model;

import java.util.Locale;

/**
 * The six Sirius networks. The identifier byte is the high byte of every entity's version field and the
 * first byte of every address of that network.
 */
public enum NetworkType {
    /** The public main network (addresses start with X). */
    MAIN_NET(0xB8, "public"),
    /** The public test network (V). */
    TEST_NET(0xA8, "publicTest"),
    /** A private network (Z). */
    PRIVATE(0xC8, "private"),
    /** A private test network (W). */
    PRIVATE_TEST(0xB0, "privateTest"),
    /** Mijin (M). */
    MIJIN(0x60, "mijin"),
    /** Mijin test, the default for development networks (S). */
    MIJIN_TEST(0x90, "mijinTest");

    private final int identifier;
    private final String configName;

    NetworkType(int identifier, String configName) {
        this.identifier = identifier;
        this.configName = configName;
    }

    /** @return the identifier byte, 0 to 255 */
    public int identifier() {
        return identifier;
    }

    /** @return the name used in config files and by REST's {@code /network} */
    public String configName() {
        return configName;
    }

    /**
     * @param identifier a network identifier byte
     * @return the network
     * @throws IllegalArgumentException if no network has that byte
     */
    public static NetworkType fromIdentifier(int identifier) {
        for (NetworkType type : values()) {
            if (type.identifier == (identifier & 0xFF)) {
                return type;
            }
        }
        throw new IllegalArgumentException(String.format("0x%02X is not a Sirius network identifier", identifier & 0xFF));
    }

    /**
     * Parses a network name as config files, REST and the SDK write it: {@code public}, {@code mainnet},
     * {@code publicTest}, {@code testnet}, {@code private}, {@code privateTest}, {@code mijin},
     * {@code mijinTest}, or the enum constant's name, in any case.
     *
     * @param name the name
     * @return the network
     * @throws IllegalArgumentException naming the accepted names
     */
    public static NetworkType fromName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace("_", "");
        switch (wanted) {
            case "mainnet":
                return MAIN_NET;
            case "testnet":
                return TEST_NET;
            default:
                break;
        }
        for (NetworkType type : values()) {
            if (type.configName.toLowerCase(Locale.ROOT).equals(wanted)
                    || type.name().toLowerCase(Locale.ROOT).replace("_", "").equals(wanted)) {
                return type;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a network name; use one of public, publicTest, "
                + "private, privateTest, mijin, mijinTest (or mainnet, testnet)");
    }
}
