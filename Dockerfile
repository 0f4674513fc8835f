# syntax=docker/dockerfile:1
#
# Stockledger service image. Build and run it with docker-compose.yml, or alone:
#   docker build -t stockledger .
#   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/stockledger \
#              -e SPRING_DATASOURCE_USERNAME=stockledger -e SPRING_DATASOURCE_PASSWORD=... \
#              -e STOCKLEDGER_ADMIN_KEY=... stockledger
# Without SPRING_DATASOURCE_URL the service starts its embedded PostgreSQL in /app/data (mount a volume there).
# See docs/operations.md.

# --- build: the three modules, tests skipped (CI runs them), with the Maven image's own Maven ---
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY inventory-command/ inventory-command/
COPY inventory-query/ inventory-query/
COPY inventory-api/ inventory-api/
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -DskipTests package \
    && cp inventory-api/target/inventory-api-*.jar /src/stockledger.jar

# --- runtime: a JRE, curl for the health check, a non-root user ---
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system stockledger \
    && useradd --system --gid stockledger --home-dir /app --shell /usr/sbin/nologin stockledger \
    && mkdir -p /app/data \
    && chown -R stockledger:stockledger /app
WORKDIR /app
COPY --from=build --chown=stockledger:stockledger /src/stockledger.jar /app/stockledger.jar
USER stockledger
# The embedded PostgreSQL (used only when no SPRING_DATASOURCE_URL is given) keeps its data here.
ENV STOCKLEDGER_EMBEDDED_DATA_DIR=/app/data/postgres
# JVM options: container-aware heap; override with -e JAVA_TOOL_OPTIONS=... (the JVM reads it by itself).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/stockledger.jar"]
