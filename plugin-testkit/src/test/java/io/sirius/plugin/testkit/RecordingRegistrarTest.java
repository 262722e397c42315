package io.sirius.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.EntityType;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.result.Severity;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordingRegistrarTest {

    private record Body() {
    }

    private static final class BodyCodec implements TransactionCodec<Body> {
        @Override
        public Body decode(BinaryReader body, int version) {
            return new Body();
        }

        @Override
        public void encode(Body body, BinaryWriter out, int version) {
        }
    }

    private static final class SomeStatelessValidator implements StatelessValidator<BlockNotification> {
        @Override
        public Class<BlockNotification> notificationType() {
            return BlockNotification.class;
        }

        @Override
        public ResultCode validate(BlockNotification notification, ValidationContext context) {
            return ResultCodes.SUCCESS;
        }
    }

    private static final class SomeStatefulValidator implements StatefulValidator<BlockNotification> {
        @Override
        public Class<BlockNotification> notificationType() {
            return BlockNotification.class;
        }

        @Override
        public ResultCode validate(BlockNotification notification, StatefulValidationContext context) {
            return ResultCodes.SUCCESS;
        }
    }

    private static final class SomeObserver implements Observer<Notification> {
        @Override
        public Class<Notification> notificationType() {
            return Notification.class;
        }

        @Override
        public void notify(Notification notification, ObserverContext context) {
        }
    }

    private enum SomeResults implements ResultCode {
        FIRST(1), SECOND(0x20);

        private final int code;

        SomeResults(int code) {
            this.code = code;
        }

        @Override
        public Severity severity() {
            return Severity.FAILURE;
        }

        @Override
        public int facility() {
            return 0x77;
        }

        @Override
        public int code() {
            return code;
        }

        @Override
        public String statusName() {
            return ResultCodes.statusName(severity(), "Some", name());
        }

        @Override
        public String reason() {
            return name();
        }
    }

    @Test
    void recordsEverythingInOrderByName() {
        // Arrange
        RecordingRegistrar registrar = new RecordingRegistrar();
        RouteDescriptor route = new RouteDescriptor("get", "/some/{id}", (request, state) -> RouteResponse.ok("x"));

        // Act
        registrar.config(ConfigSection.of("some", properties -> "parsed"));
        registrar.transaction(new TransactionDescriptor<>("Some", EntityType.transaction(0x77, 2), 1, 2, true, Body.class,
                new BodyCodec(), (body, context, sink) -> { }));
        registrar.results(SomeResults.values());
        registrar.statelessValidator(new SomeStatelessValidator());
        registrar.statefulValidator(new SomeStatefulValidator());
        registrar.observer(new SomeObserver());
        registrar.cache(TestCaches.GOOD);
        registrar.route(route);
        registrar.mosaicResolver((id, state) -> Optional.empty());
        registrar.addressResolver((address, state) -> Optional.empty());

        // Assert
        assertEquals(List.of("plugin:catapult.plugins.some"), registrar.configNames());
        assertEquals(List.of("Some 0x4277 v1..2"), registrar.transactionNames());
        assertEquals(List.of("Failure_Some_First", "Failure_Some_Second"), registrar.resultNames());
        assertEquals(List.of(0x80770001, 0x80770020), registrar.resultValues());
        assertEquals(List.of("SomeStatelessValidator"), registrar.statelessValidatorNames());
        assertEquals(List.of("SomeStatefulValidator"), registrar.statefulValidatorNames());
        assertEquals(List.of("SomeObserver"), registrar.observerNames());
        assertEquals(List.of("good #40"), registrar.cacheNames());
        assertEquals(List.of("GET /some/{id}"), registrar.routeNames());
        assertEquals(List.of("cache good", "route GET /some/{id}", "mosaic resolver", "address resolver"),
                registrar.otherNames());
        assertSame(route, registrar.route("GET", "/some/{id}"));
        assertEquals(1, registrar.mosaicResolvers().size());
        assertEquals(1, registrar.addressResolvers().size());
        assertEquals(SomeResults.SECOND, registrar.results().get(1));
    }

    @Test
    void aFreshRegistrarHasNothingAndNamesTheRoutesItLacks() {
        // Arrange
        RecordingRegistrar registrar = new RecordingRegistrar();

        // Act
        NoSuchElementException missing = assertThrows(NoSuchElementException.class, () -> registrar.route("GET", "/x"));

        // Assert
        assertTrue(missing.getMessage().contains("GET /x"), missing.getMessage());
        assertEquals(List.of(), registrar.transactionNames());
        assertEquals(List.of(), registrar.otherNames());
        assertThrows(UnsupportedOperationException.class, () -> registrar.observers().clear());
    }
}
