package io.sirius.kernel.internal;

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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A configurable plugin for registry tests: a name, some transaction types and one failure code per facility.
 */
final class TestPlugin implements TransactionPlugin {
    private final String name;
    private final List<Integer> types;
    private final List<Integer> facilities;
    private final Consumer<PluginRegistrar> extra;

    private TestPlugin(String name, List<Integer> types, List<Integer> facilities, Consumer<PluginRegistrar> extra) {
        this.name = name;
        this.types = types;
        this.facilities = facilities;
        this.extra = extra;
    }

    static TestPlugin of(String name, List<Integer> types, List<Integer> facilities) {
        return new TestPlugin(name, types, facilities, r -> { });
    }

    static TestPlugin of(String name, List<Integer> types, List<Integer> facilities, Consumer<PluginRegistrar> extra) {
        return new TestPlugin(name, types, facilities, extra);
    }

    /** @return the capability its bundle would declare */
    PluginCapability capability() {
        return new PluginCapability(name, new java.util.TreeSet<>(types));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void register(PluginRegistrar registrar) {
        for (int type : types) {
            registrar.transaction(new TransactionDescriptor<>("T" + Integer.toHexString(type), new EntityType(type), 1, 1,
                    true, byte[].class, new RawCodec(), (body, context, sink) -> { }));
        }
        List<ResultCode> codes = new ArrayList<>();
        for (int facility : facilities) {
            codes.add(new Code(facility));
        }
        registrar.results(codes.toArray(ResultCode[]::new));
        extra.accept(registrar);
    }

    record Code(int facility) implements ResultCode {
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
            return ResultCodes.statusName(Severity.FAILURE, "Test" + facility, "BROKEN");
        }

        @Override
        public String reason() {
            return "test";
        }
    }

    static final class RawCodec implements TransactionCodec<byte[]> {
        @Override
        public byte[] decode(BinaryReader body, int version) {
            return body.readBytes(body.remaining(), "body");
        }

        @Override
        public void encode(byte[] body, BinaryWriter out, int version) {
            out.writeBytes(body);
        }
    }
}
