package io.sirius.distribution.synthetic;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.EntityType;
import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.result.Severity;
import java.util.List;

/**
 * The plugin inside the container tests' synthetic bundles: its name, transaction types and result facility
 * come from its bundle's manifest, so one class makes as many different plugins as a test needs.
 */
public final class SyntheticPlugin implements TransactionPlugin {
    private final String name;
    private final List<Integer> types;
    private final int facility;

    SyntheticPlugin(String name, List<Integer> types, int facility) {
        this.name = name;
        this.types = List.copyOf(types);
        this.facility = facility;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void register(PluginRegistrar registrar) {
        for (int type : types) {
            registrar.transaction(new TransactionDescriptor<>("Synthetic" + Integer.toHexString(type),
                    new EntityType(type), 1, 1, true, byte[].class, new RawCodec(), (body, context, sink) -> { }));
        }
        registrar.results(new Failure(facility));
    }

    /** The body as raw bytes. */
    private static final class RawCodec implements TransactionCodec<byte[]> {
        @Override
        public byte[] decode(BinaryReader body, int version) {
            return body.readBytes(body.remaining(), "body");
        }

        @Override
        public void encode(byte[] body, BinaryWriter out, int version) {
            out.writeBytes(body);
        }
    }

    /** The plugin's single result code. */
    private record Failure(int facility) implements ResultCode {
        @Override
        public Severity severity() {
            return Severity.FAILURE;
        }

        @Override
        public int code() {
            return 1;
        }

        @Override
        public String statusName() {
            return ResultCodes.statusName(Severity.FAILURE, "Synthetic", "REFUSED");
        }

        @Override
        public String reason() {
            return "a synthetic plugin's failure";
        }
    }
}
