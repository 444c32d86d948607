#include "passerelle/exchange/demo_data.h"

#include "demo_world.h"

namespace passerelle::exchange {

Dataset generateDemo(const DemoOptions& options) {
    demo::World world(options);
    demo::addPlaces(world);
    demo::addStudents(world);
    demo::addAgreements(world);
    demo::addMeasures(world);
    demo::addGroups(world);
    return std::move(world.dataset);
}

}  // namespace passerelle::exchange
