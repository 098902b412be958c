# super().__init__ runs the parent's initialiser; super() also reaches overridden methods.
class Vehicle:
    def __init__(self, wheels):
        self.wheels = wheels

    def info(self):
        return f"{self.wheels} wheels"

class Car(Vehicle):
    def __init__(self, brand):
        super().__init__(4)
        self.brand = brand

    def info(self):
        return self.brand + ": " + super().info()

class SportsCar(Car):
    def info(self):
        return "fast " + super().info()

print(SportsCar("zoom").info(), Car("vw").wheels)
# expect: fast zoom: 4 wheels 4
