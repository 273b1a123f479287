package org.origingraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OriginGraphApplication {
  public static void main(String[] args) {
    SpringApplication.run(OriginGraphApplication.class, args);
  }
}
