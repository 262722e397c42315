package io.sirius.api.receipt;

import io.sirius.api.codec.BinaryWriter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A receipt of a shape this API does not model (a plugin's own), kept as its bytes.
 *
 * @param type its type
 * @param version its version
 * @param body what follows the header
 */
public record OtherReceipt(ReceiptType type, int version, byte[] body) implements Receipt {
    /** Copies the body. */
    public OtherReceipt {
        Objects.requireNonNull(type, "type");
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public void writeBody(BinaryWriter out) {
        out.writeBytes(body);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OtherReceipt that && type.equals(that.type) && version == that.version
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, version, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "OtherReceipt[" + type + ", v" + version + ", " + HexFormat.of().formatHex(body) + "]";
    }
}
