# syntax=docker/dockerfile:1
# The image packages the jar the project builds itself; nothing is downloaded here:
#   ./mvnw -B -DskipTests package
#   docker build -t dhso:local .
# Base image pinned by digest: eclipse-temurin:17-jre-noble (JRE 17.0.20+8, Ubuntu 24.04, 2026-09).
# Update deliberately: docker buildx imagetools inspect eclipse-temurin:17-jre-noble
FROM eclipse-temurin:17-jre-noble@sha256:76bf6d763e84e4d286d5ee3df61e4adeca214977f83c7d8d2327b93db582dd9d
# Fixed numeric ids so runtimes can verify the container does not run as root.
RUN groupadd --system --gid 10001 dhso \
    && useradd --system --uid 10001 --gid dhso --home-dir /app --shell /usr/sbin/nologin dhso
WORKDIR /app
# Writable only for the embedded database, used when no SPRING_DATASOURCE_URL is given.
RUN mkdir data && chown dhso:dhso data
COPY --chown=root:root --chmod=444 web-app/target/dhso.jar /app/dhso.jar
USER 10001:10001
EXPOSE 8080
# 60 % of the container's memory limit for the heap leaves room for metaspace, code cache,
# thread stacks and direct buffers within the limit docker-compose.yml sets (768 MB).
# Exec form: java is PID 1 and gets SIGTERM, so Spring's graceful shutdown runs.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/dhso.jar"]
