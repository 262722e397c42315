package io.sirius.plugin.transfer.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.config.ConfigSection;
import io.sirius.api.observer.Observer;
import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.resolver.AddressResolver;
import io.sirius.api.resolver.MosaicResolver;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.result.ResultCode;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferPluginTest {

    /** Records names of what a plugin registers. */
    private static final class RecordingRegistrar implements PluginRegistrar {
        final List<String> configs = new ArrayList<>();
        final List<String> transactions = new ArrayList<>();
        final List<ResultCode> results = new ArrayList<>();
        final List<String> stateless = new ArrayList<>();
        final List<String> stateful = new ArrayList<>();
        final List<String> observers = new ArrayList<>();
        final List<String> other = new ArrayList<>();

        @Override
        public void config(ConfigSection<?> section) {
            configs.add(section.sectionName());
        }

        @Override
        public void transaction(TransactionDescriptor<?> transaction) {
            transactions.add(transaction.name() + " " + transaction.type() + " v" + transaction.minVersion() + ".."
                    + transaction.maxVersion());
        }

        @Override
        public void results(ResultCode... codes) {
            results.addAll(Arrays.asList(codes));
        }

        @Override
        public void statelessValidator(StatelessValidator<?> validator) {
            stateless.add(validator.name());
        }

        @Override
        public void statefulValidator(StatefulValidator<?> validator) {
            stateful.add(validator.name());
        }

        @Override
        public void observer(Observer<?> observer) {
            observers.add(observer.name());
        }

        @Override
        public void cache(CacheDescriptor<?, ?> cache) {
            other.add("cache " + cache.name());
        }

        @Override
        public void route(RouteDescriptor route) {
            other.add("route " + route.path());
        }

        @Override
        public void mosaicResolver(MosaicResolver resolver) {
            other.add("mosaic resolver");
        }

        @Override
        public void addressResolver(AddressResolver resolver) {
            other.add("address resolver");
        }
    }

    @Test
    void registersExactlyTheTransferFamily() {
        // Arrange
        RecordingRegistrar registrar = new RecordingRegistrar();

        // Act
        new TransferPlugin().register(registrar);

        // Assert
        assertEquals(List.of("plugin:catapult.plugins.transfer"), registrar.configs);
        assertEquals(List.of("Transfer 0x4154 v3..3"), registrar.transactions);
        assertEquals(List.of("Failure_Transfer_Message_Too_Large", "Failure_Transfer_Plugin_Config_Malformed",
                "Failure_Transfer_Out_Of_Order_Mosaics"), registrar.results.stream().map(ResultCode::statusName).toList());
        assertEquals(List.of(0x80540006, 0x80540007, 0x805400C8), registrar.results.stream().map(ResultCode::value).toList());
        assertEquals(List.of("TransferMessageValidator", "TransferMosaicsValidator"), registrar.stateless);
        assertEquals(List.of(), registrar.stateful);
        assertEquals(List.of(), registrar.observers);
        assertEquals(List.of(), registrar.other);
        assertEquals("transfer", new TransferPlugin().name());
    }
}
