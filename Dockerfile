# syntax=docker/dockerfile:1

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# The cache mount keeps the Maven distribution and dependencies between builds.
# chmod: the executable bit is lost on some checkouts (e.g. Windows).
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
    && ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package

FROM eclipse-temurin:17-jre
# curl is only there for the health check in docker-compose.yml.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
# Fixed numeric ids so runtimes can verify the container does not run as root.
RUN groupadd --system --gid 10001 dhso \
    && useradd --system --uid 10001 --gid dhso --home-dir /app --shell /usr/sbin/nologin dhso
WORKDIR /app
# Writable only for the embedded database, used when no SPRING_DATASOURCE_URL is given.
RUN mkdir data && chown dhso:dhso data
COPY --from=build /src/web-app/target/dhso.jar /app/dhso.jar
USER 10001:10001
EXPOSE 8080
# Exec form: java is PID 1 and gets SIGTERM, so Spring's graceful shutdown runs.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/dhso.jar"]
