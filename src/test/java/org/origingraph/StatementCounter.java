package org.origingraph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.util.ClassUtils;

/**
 * Counts the Cypher statements the application sends to Neo4j, by wrapping the driver.
 *
 * <p>Every object the driver hands out (sessions, transactions) is wrapped too, and each call of a
 * {@code run} method — the driver's only way to send a statement — is counted. This measures round
 * trips at the boundary to the database, so it cannot be fooled by how the application code is
 * organised.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

  private final AtomicInteger count = new AtomicInteger();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof Driver ? wrap(bean) : bean;
  }

  /** Runs {@code action} and returns how many statements it sent. */
  public int count(Runnable action) {
    int before = count.get();
    action.run();
    return count.get() - before;
  }

  /** Runs {@code action}, returning its result and how many statements it sent. */
  public <T> Counted<T> count(Supplier<T> action) {
    int before = count.get();
    T result = action.get();
    return new Counted<>(result, count.get() - before);
  }

  /** A result and the statements it took. */
  public record Counted<T>(T result, int statements) {}

  private Object wrap(Object target) {
    Class<?>[] interfaces = ClassUtils.getAllInterfaces(target);
    InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
    return Proxy.newProxyInstance(target.getClass().getClassLoader(), interfaces, handler);
  }

  private Object invoke(Object target, Method method, Object[] args) throws Throwable {
    if (method.getName().equals("run") && !isReachabilityProbe(args)) {
      count.incrementAndGet();
    }
    Object result;
    try {
      result = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (result != null && method.getReturnType().isInterface()
        && method.getReturnType().getPackageName().startsWith("org.neo4j.driver")
        && isSessionOrTransaction(method.getReturnType())) {
      return wrap(result);
    }
    return result;
  }

  private static boolean isSessionOrTransaction(Class<?> type) {
    String name = type.getSimpleName();
    return name.contains("Session") || name.contains("Transaction") || name.equals("QueryRunner");
  }

  /** The background reachability probe runs every half second whatever a test does: not the test's. */
  private static boolean isReachabilityProbe(Object[] args) {
    if (args == null || args.length == 0) {
      return false;
    }
    Object statement = args[0] instanceof org.neo4j.driver.Query query ? query.text() : args[0];
    return org.origingraph.infrastructure.neo4j.DatabaseReachability.PROBE_STATEMENT.equals(statement);
  }
}
