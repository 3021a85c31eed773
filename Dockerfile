# Builds and runs WOP Platform. The database is an external PostgreSQL 17 (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
COPY domain/pom.xml domain/
COPY persistence/pom.xml persistence/
COPY reporting/pom.xml reporting/
COPY web/pom.xml web/
RUN ./mvnw -B -q dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN ./mvnw -B -q package -DskipTests

# The jar extracted (its libraries beside it), which starts faster than the jar as built
# (README: Running in production).
RUN java -Djarmode=tools -jar web/target/wop-platform.jar extract --destination /src/extracted

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app wop
WORKDIR /app
COPY --from=build /src/extracted /app
COPY --from=build /src/web/src/main/jvm/jvm.options /app/jvm.options
USER wop
EXPOSE 8080
# Demo data stays off: with SPRING_DATASOURCE_URL set, the demo profile is not switched on.
# The JVM settings are the project's (web/src/main/jvm/jvm.options): a 384 MB heap, serial collector.
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/wop-platform.jar"]
